import { caseNoteEntries } from '../../case-notes/case-note-entries.js';
import { NOTE_KIND_LABELS, NOTE_METHOD_LABELS, RELATIONSHIP_LABELS } from '../../child-status/labels.js';
import type { ChronologyEntry, ChronologySource } from '../entry.js';
import { details } from '../entry.js';

/** "10 Dec 2026": a plain date in words, as the rest of the entry reads. */
const inWords = (date: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(`${date}T00:00:00Z`));

type NoteEntry = Awaited<ReturnType<typeof caseNoteEntries>>[number];

/** Calls, meetings, conversations and notes a DSL (or a concern's author) recorded about the child. */
export const caseNoteSource: ChronologySource = {
  kinds: [{ id: 'case-note', label: 'Case note' }],
  async entries({ deps, ctx, childId, records }) {
    const refs = new Map((await records.concerns()).map((c) => [c.id, c.ref]));
    return (await caseNoteEntries(deps, ctx, childId)).map((n) => entryOf(n, childId, n.concernId && refs.get(n.concernId)));
  },
};

function entryOf(n: NoteEntry, childId: string, concernRef: string | undefined): ChronologyEntry {
  const withWhom = n.with.map((p) => `${p.name} (${RELATIONSHIP_LABELS[p.relationship] ?? 'other'}${p.organisation ? `, ${p.organisation}` : ''})`).join('; ');
  return {
    id: `case-note:${n.caseNoteId}`,
    kind: 'case-note',
    at: n.at,
    recordedAt: n.recordedAt,
    by: n.by,
    title: `Case note: ${(NOTE_KIND_LABELS[n.noteKind] ?? 'Note').toLowerCase()}`,
    summary: n.summary,
    details: details([
      ['How', NOTE_METHOD_LABELS[n.method]],
      ['With', withWhom || undefined],
      ['Follow-up due', n.followUp?.dueDate && inWords(n.followUp.dueDate)],
    ]),
    categories: [],
    record: n.concernId && concernRef ? { type: 'concern', id: n.concernId, ref: concernRef } : { type: 'child', id: childId, ref: 'file' },
  };
}
