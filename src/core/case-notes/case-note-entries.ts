import { allowCaseNote } from '../policy/index.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import type { CaseNote } from './case-note.js';

/** One case note on a child's chronology. */
export interface CaseNoteEntry {
  kind: 'case-note';
  at: string;
  recordedAt: string;
  by: { oid: string; name: string };
  link: string;
  caseNoteId: string;
  concernId?: string;
  noteKind: CaseNote['kind'];
  method: CaseNote['method'];
  with: CaseNote['with'];
  summary: string;
  followUp?: CaseNote['followUp'];
}

/**
 * The chronology source for case notes: the notes about a child that the
 * caller may read, and nothing that hints at the others. `from`/`to` bound
 * when the note's event happened.
 */
export async function caseNoteEntries(deps: Deps, ctx: RequestContext, childId: string, range: { from?: string; to?: string } = {}): Promise<CaseNoteEntry[]> {
  const notes = await deps.store.caseNotes.list(ctx.school.id, { childId });
  return notes
    .filter((n) => allowCaseNote(ctx.actor, 'read', n))
    .filter((n) => (!range.from || n.occurredAt >= range.from) && (!range.to || n.occurredAt <= range.to))
    .map((n) => ({
      kind: 'case-note',
      at: n.occurredAt,
      recordedAt: n.recordedAt,
      by: n.createdBy,
      link: n.concernId ? `#/concerns/${n.concernId}` : `#/children/${n.childId}`,
      caseNoteId: n.id,
      concernId: n.concernId,
      noteKind: n.kind,
      method: n.method,
      with: n.with,
      summary: n.summary,
      followUp: n.followUp,
    }));
}
