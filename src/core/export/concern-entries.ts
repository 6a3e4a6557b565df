import type { Child } from '../model/child.js';
import type { Concern, ConcernVersion } from '../model/concern.js';
import type { FileEntry, FileField } from './child-file.js';
import type { PeopleRegister } from './people.js';

const yes = (b: boolean) => (b ? 'yes' : 'no');
const field = (label: string, value: string | undefined): FileField[] => (value ? [{ label, value }] : []);

/** One concern as file entries: the record as it stands, then each earlier change. */
export function concernEntries(c: Concern, versions: readonly ConcernVersion[], children: ReadonlyMap<string, Child>, people: PeopleRegister): FileEntry[] {
  const named = c.children.map((x) => {
    const child = children.get(x.childId);
    return `${child ? people.child(child, x.role) : 'a child no longer on roll'} (${x.role})`;
  });
  const fields: FileField[] = [
    { label: 'Recorded', value: `${c.recordedAt} by ${people.staff(c.createdBy)}` },
    { label: 'Happened', value: c.occurredAt },
    ...field('Location', c.location),
    { label: 'Categories', value: c.categories.join(', ') },
    { label: 'Children', value: named.join('; ') },
    ...field('People involved', c.otherPeople.map((p) => `${people.thirdParty(p.name, p.relationship)} (${p.relationship})${p.part ? `: ${p.part}` : ''}`).join('; ')),
    { label: 'What happened', value: c.account },
    ...field('Action taken', c.actionTaken),
    { label: 'Parents/carers informed', value: parents(c, people) },
    ...field('Staff alerted', c.alertedStaff.map((p) => people.staff(p)).join(', ')),
    ...field('Status', c.status),
    ...(c.triage ? [{ label: 'Triage', value: `${c.triage.decision} — ${c.triage.reasons} (${people.staff(c.triage.by)}, ${c.triage.at})` }] : []),
    ...c.actions.map((a) => ({ label: 'Action', value: `${a.description} — ${people.staff(a.assignee)}, due ${a.dueDate}${a.done ? `, done ${a.doneAt ?? ''}` : ''}` })),
    ...field('Documents', (c.documents ?? []).map((d) => d.name).join(', ')),
    ...(c.closure ? [{ label: 'Closed', value: `${c.closure.outcome} — ${c.closure.summary} (${people.staff(c.closure.by)}, ${c.closure.at})` }] : []),
  ];
  const main: FileEntry = { recordType: 'concern', recordId: c.id, version: c.version, title: `Concern ${c.ref}`, at: c.occurredAt, fields };
  return [main, ...versions.filter((v) => v.changes.length > 0).map((v) => versionEntry(c, v, children, people))];
}

function parents(c: Concern, people: PeopleRegister): string {
  const p = c.parentsInformed;
  const parts = [yes(p.informed)];
  if (p.at) parts.push(`on ${p.at}`);
  if (p.by) parts.push(`by ${p.by}`);
  if (p.reason) parts.push(`— ${p.reason}`);
  if (p.decidedBy) parts.push(`(decision recorded by ${people.staff(p.decidedBy)}${p.decidedAt ? `, ${p.decidedAt}` : ''})`);
  return parts.join(' ');
}

/**
 * An earlier change: who, when, which fields, and the text that was there before (names are redacted like the
 * rest). Children and other people named only before the change are registered too, so their names in the
 * earlier text are redacted as well.
 */
function versionEntry(c: Concern, v: ConcernVersion, children: ReadonlyMap<string, Child>, people: PeopleRegister): FileEntry {
  for (const ch of v.changes) registerEarlier(ch, children, people);
  const before = v.changes.flatMap((ch) => (typeof ch.before === 'string' && ch.before ? [{ label: `${ch.field} before`, value: ch.before }] : []));
  return {
    recordType: 'concernVersion',
    recordId: v.id,
    title: `Concern ${c.ref} — change ${v.version}`,
    at: v.changedAt,
    fields: [{ label: 'Changed', value: `${v.changedAt} by ${people.staff(v.changedBy)}` }, { label: 'Fields', value: v.changes.map((x) => x.field).join(', ') }, ...before],
  };
}

function registerEarlier(ch: ConcernVersion['changes'][number], children: ReadonlyMap<string, Child>, people: PeopleRegister) {
  const values = [ch.before, ch.after].filter(Array.isArray).flat() as Record<string, unknown>[];
  for (const x of values) {
    if (ch.field === 'children' && typeof x?.childId === 'string') {
      const child = children.get(x.childId);
      if (child) people.child(child, String(x.role ?? 'named earlier'));
    }
    if (ch.field === 'otherPeople' && typeof x?.name === 'string') people.thirdParty(x.name, String(x.relationship ?? ''));
  }
}

/** Every child a concern names now or named in an earlier version. */
export const childIdsOf = (c: Concern, versions: readonly ConcernVersion[]) => [
  ...c.childIds,
  ...versions.flatMap((v) => v.changes.filter((ch) => ch.field === 'children').flatMap((ch) => [ch.before, ch.after].filter(Array.isArray).flat() as { childId?: unknown }[]))
    .flatMap((x) => (typeof x?.childId === 'string' ? [x.childId] : [])),
];
