import { RELATIONSHIP_LABELS } from '../child-status/labels.js';
import { childRecords } from '../chronology/child-records.js';
import type { ChronologyEntry, ChronologySource } from '../chronology/entry.js';
import { caseNoteSource } from '../chronology/sources/case-notes.js';
import { receivedSource } from '../chronology/sources/received.js';
import { statusFlagSource } from '../chronology/sources/status-flags.js';
import { caseNoteEntries } from '../case-notes/case-note-entries.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import type { FileEntry, FileField, FileSection } from './child-file.js';
import type { ChildFileContributor } from './gather-child-file.js';
import type { PeopleRegister } from './people.js';

/**
 * The parts of a child's chronology that concerns and referrals do not already
 * carry — files received from previous schools, case notes, status changes —
 * as sections of the exported file. The entries come from the chronology's own
 * sources (src/core/chronology), so "the child's file" has one definition: what
 * the chronology shows is what a subject-access export and a transfer pack hold.
 */
export function chronologySections(deps: Deps, ctx: RequestContext): ChildFileContributor {
  return async (_store, _school, child, people) => {
    const input = { deps, ctx, childId: child.id, records: childRecords(deps, ctx, child.id) };
    const read = (s: ChronologySource) => s.entries(input).then((xs) => xs.sort((a, b) => a.at.localeCompare(b.at)));
    const [received, notes, flags, rawNotes] = await Promise.all([read(receivedSource), read(caseNoteSource), read(statusFlagSource), caseNoteEntries(deps, ctx, child.id)]);
    // Everyone a case note was with is a person the file mentions: register them so redaction finds them.
    const withById = new Map(rawNotes.map((n) => [n.caseNoteId, n.with]));
    const sections: FileSection[] = [];
    const fromPrevious = received.filter((e) => e.kind === 'received').map((e) => receivedEntry(e));
    if (fromPrevious.length > 0) sections.push({ key: 'received', title: "From previous schools' files", entries: fromPrevious });
    const noteEntries = notes.map((e) => caseNoteEntry(e, withById.get(e.id.slice('case-note:'.length)) ?? [], people));
    if (noteEntries.length > 0) sections.push({ key: 'case-notes', title: 'Case notes', entries: noteEntries });
    const flagEntries = flags.map((e) => flagEntry(e, people));
    if (flagEntries.length > 0) sections.push({ key: 'status', title: 'Status changes', entries: flagEntries });
    return sections;
  };
}

/** An entry of a previous school's file, as they sent it, with where and when it came from. */
function receivedEntry(e: ChronologyEntry): FileEntry {
  const from = (e.receivedFrom ?? {}) as { name?: string; urn?: string; sentAt?: string; importedAt?: string; reference?: string };
  const provenance = `From the previous school's file (${from.name ?? 'previous school'}${from.urn ? `, URN ${from.urn}` : ''}), received ${from.importedAt ?? e.recordedAt ?? ''}${from.reference ? `, their reference ${from.reference}` : ''}`;
  const fields: FileField[] = [{ label: 'Provenance', value: provenance }, ...(e.section ? [{ label: 'Their section', value: e.section }] : []), ...e.details];
  return { recordType: 'receivedPack', recordId: e.record.id, title: e.title, at: e.at, fields };
}

function caseNoteEntry(e: ChronologyEntry, withWhom: { name: string; relationship: string; organisation?: string }[], people: PeopleRegister): FileEntry {
  const named = withWhom.map((p) => `${people.thirdParty(p.name, RELATIONSHIP_LABELS[p.relationship as keyof typeof RELATIONSHIP_LABELS] ?? p.relationship)} (${RELATIONSHIP_LABELS[p.relationship as keyof typeof RELATIONSHIP_LABELS] ?? 'other'}${p.organisation ? `, ${p.organisation}` : ''})`);
  const fields: FileField[] = [
    { label: 'Happened', value: e.at },
    ...(e.by ? [{ label: 'Recorded', value: `${e.recordedAt ?? e.at} by ${people.staff(e.by)}` }] : []),
    ...e.details.filter((d) => d.label !== 'With'),
    ...(named.length ? [{ label: 'With', value: named.join('; ') }] : []),
    ...(e.summary ? [{ label: 'Note', value: e.summary }] : []),
  ];
  return { recordType: 'caseNote', recordId: e.id.slice('case-note:'.length), title: e.title, at: e.at, fields };
}

function flagEntry(e: ChronologyEntry, people: PeopleRegister): FileEntry {
  const fields: FileField[] = [{ label: 'From', value: e.at }, ...(e.by ? [{ label: 'Recorded', value: `${e.recordedAt ?? e.at} by ${people.staff(e.by)}` }] : []), ...e.details];
  return { recordType: 'statusFlag', recordId: e.id.slice('status-flag:'.length), title: e.title, at: e.at, fields };
}

