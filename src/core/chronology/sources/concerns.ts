import { describeMark, whereMark } from '../../model/body-map.js';
import type { Concern } from '../../model/concern.js';
import { details, type ChronologyEntry, type ChronologySource } from '../entry.js';
import { label, ROLE_LABELS, TRIAGE_LABELS } from '../labels.js';

const PRIORITY_WORDS = { red: 'Red', amber: 'Amber', green: 'Green' } as const;

/** A concern being logged, triaged (decision and reasons) and closed (outcome). */
export const concernSource: ChronologySource = {
  kinds: [
    { id: 'concern', label: 'Concern logged' },
    { id: 'triage', label: 'Triage decision' },
    { id: 'closure', label: 'Concern closed' },
  ],
  async entries({ records, childId }) {
    return (await records.concerns()).flatMap((c) => entriesOf(c, childId));
  },
};

function entriesOf(c: Concern, childId: string): ChronologyEntry[] {
  const record = { type: 'concern', id: c.id, ref: c.ref };
  const role = c.children.find((x) => x.childId === childId)?.role;
  const logged: ChronologyEntry = {
    id: `concern:${c.id}`,
    kind: 'concern',
    at: c.occurredAt,
    recordedAt: c.recordedAt,
    by: c.createdBy,
    title: `Concern logged${role ? ` (${label(ROLE_LABELS, role).toLowerCase()})` : ''}`,
    summary: c.account,
    details: [...details([['Where', c.location], ['Action taken', c.actionTaken]]), ...peopleDetails(c), ...bodyMapDetails(c)],
    categories: c.categories,
    record,
    role,
  };
  const out = [logged];
  if (c.triage) {
    const t = c.triage;
    out.push({ id: `triage:${c.id}`, kind: 'triage', at: t.at, recordedAt: t.at, by: t.by, title: `Triage decision: ${label(TRIAGE_LABELS, t.decision)}`, summary: t.reasons, details: c.priority ? [{ label: 'Priority', value: `${PRIORITY_WORDS[c.priority.level]}: ${c.priority.reason}` }] : [], categories: c.categories, record });
  }
  if (c.closure) {
    const k = c.closure;
    out.push({ id: `closure:${c.id}`, kind: 'closure', at: k.at, recordedAt: k.at, by: k.by, title: 'Concern closed', summary: k.summary, details: details([['Outcome', k.outcome]]), categories: c.categories, record });
  }
  return out;
}

/** Parents/carers and other adults involved, one detail each: "Person involved" — "Karen Whitfield (Ben's mother): shouted at staff". */
function peopleDetails(c: Concern) {
  return (c.otherPeople ?? []).map((p) => ({ label: 'Person involved', value: describePerson(p) }));
}

/** "Karen Whitfield (Ben's mother): shouted at staff at pick-up". */
export const describePerson = (p: { name: string; relationship: string; part?: string }) =>
  `${p.name} (${p.relationship})${p.part ? `: ${p.part}` : ''}`;

/** The body map in words, one detail a mark: "Body map, mark 1" — "Right arm (front). Bruise, 1 to 3 cm: …". */
function bodyMapDetails(c: Concern) {
  return (c.bodyMap ?? []).map((m, i) => ({ label: `Body map, mark ${i + 1}`, value: `${whereMark(m)}. ${describeMark(m)}` }));
}
