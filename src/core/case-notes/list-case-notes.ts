import { audit } from '../audit/audit-writer.js';
import { hasRole } from '../model/actor.js';
import { LanternError } from '../errors.js';
import { allowCaseNote } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { listCaseNotesQuerySchema } from './case-note-input.js';
import { caseNoteView } from './case-note-view.js';
import { loadNoteTarget } from './note-target.js';

const ACTION = 'caseNote.list';

/** The notes on a child or on a concern that the caller may read, oldest first. */
export async function listCaseNotes(deps: Deps, ctx: RequestContext, rawQuery: unknown) {
  const q = parseInput(listCaseNotesQuerySchema, rawQuery, 'query');
  if (!hasRole(ctx.actor, 'staff') && !hasRole(ctx.actor, 'dsl')) {
    await audit(deps, ctx, { action: ACTION, recordType: 'caseNote', recordId: '*', outcome: 'denied' });
    throw new LanternError('forbidden', 'Only staff can read case notes.');
  }
  const childId = q.childId ?? (await childOfConcern(deps, ctx, q.concernId!));
  await loadNoteTarget(deps, ctx, childId, q.concernId, ACTION);
  const notes = await deps.store.caseNotes.list(ctx.school.id, q.concernId ? { concernId: q.concernId } : { childId });
  await audit(deps, ctx, { action: ACTION, recordType: q.concernId ? 'concern' : 'child', recordId: q.concernId ?? childId, outcome: 'success' });
  return { items: notes.filter((n) => allowCaseNote(ctx.actor, 'read', n)).map((n) => caseNoteView(ctx.actor, n)) };
}

/** A concern's first child stands in for "the child" so the same target check runs; unknown concerns are not found. */
async function childOfConcern(deps: Deps, ctx: RequestContext, concernId: string): Promise<string> {
  const concern = await deps.store.concerns.get(ctx.school.id, concernId);
  if (!concern) {
    await audit(deps, ctx, { action: ACTION, recordType: 'concern', recordId: concernId, outcome: 'failed' });
    throw new LanternError('not_found', 'Concern was not found.');
  }
  return concern.value.childIds[0] ?? '';
}
