import { audit, chainedEvent } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { allowCaseNoteOn, type NoteTarget } from '../policy/index.js';
import type { Versioned } from '../ports/store.js';
import { parseInput } from '../validation/parse.js';
import { requestHash, validIdempotencyKey } from '../usecases/concern-ids.js';
import { checkNotFuture } from '../usecases/check-references.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import type { CaseNote } from './case-note.js';
import { caseNoteId } from './case-note-ids.js';
import { caseNoteInputSchema, type CaseNoteInput } from './case-note-input.js';
import { caseNoteView } from './case-note-view.js';
import { followUpChange } from './follow-up-action.js';
import { loadNoteTarget } from './note-target.js';

const ACTION = 'caseNote.create';
const ATTEMPTS = 3;

/**
 * Records a call, meeting, conversation or note on a child or on one of their
 * concerns. A follow-up date on a concern note becomes an action on that
 * concern, written in the same batch; on a child alone it stays on the note.
 */
export async function createCaseNote(deps: Deps, ctx: RequestContext, body: unknown, idempotencyKey?: string) {
  const input = parseInput(caseNoteInputSchema, body, 'case note');
  const key = idempotencyKey === undefined ? undefined : validIdempotencyKey(idempotencyKey);
  checkNotFuture(input.occurredAt, deps.clock(), 'occurredAt');
  for (let attempt = 1; ; attempt++) {
    const loaded = await loadNoteTarget(deps, ctx, input.childId, input.concernId, ACTION);
    await authorizeCreate(deps, ctx, { schoolId: ctx.school.id, concern: loaded.concern?.value }, input);
    const note = buildNote(deps, ctx, input, key);
    const earlier = key ? await replayed(deps, ctx, note) : undefined;
    if (earlier) return { note: caseNoteView(ctx.actor, earlier.value), etag: earlier.etag, replayed: true };
    // The follow-up links its action into the note, so it is made before the note's content is hashed.
    const change = loaded.concern && input.followUpDate ? followUpChange(deps, ctx, loaded.concern, note) : undefined;
    const event = chainedEvent(deps, ctx, { action: ACTION, recordType: 'caseNote', recordId: note.id }, 1, undefined, { record: note });
    note.auditHead = event.hash;
    try {
      const created = await deps.store.caseNotes.create(note, event, change);
      return { note: caseNoteView(ctx.actor, created.value), etag: created.etag, replayed: false };
    } catch (e) {
      const replay = key && isRace(e) ? await replayed(deps, ctx, note) : undefined;
      if (replay) return { note: caseNoteView(ctx.actor, replay.value), etag: replay.etag, replayed: true };
      if (!(e instanceof LanternError && e.code === 'version_conflict') || attempt >= ATTEMPTS) throw e;
    }
  }
}

async function authorizeCreate(deps: Deps, ctx: RequestContext, target: NoteTarget, input: CaseNoteInput) {
  const ok = allowCaseNoteOn(ctx.actor, 'create', target) && (!input.followUpDate || allowCaseNoteOn(ctx.actor, 'setFollowUp', target));
  if (ok) return;
  await audit(deps, ctx, { action: ACTION, recordType: 'caseNote', recordId: '-', outcome: 'denied' });
  if (input.followUpDate && allowCaseNoteOn(ctx.actor, 'create', target)) {
    throw new LanternError('forbidden', 'Only a DSL can set a follow-up date, because it becomes an action. Save the note without one.');
  }
  throw new LanternError('forbidden', target.concern
    ? 'Only a DSL or the member of staff who logged this concern can add a note to it.'
    : 'Only a DSL can add a case note to a child.');
}

const isRace = (e: unknown) => e instanceof LanternError && (e.code === 'already_exists' || e.code === 'version_conflict');

/**
 * A retry with the same key finds the note already written. Checked before
 * writing too: a note with a follow-up replaces its concern first, so a replay
 * must not reach the store (a non-atomic store would keep the concern change).
 */
async function replayed(deps: Deps, ctx: RequestContext, note: CaseNote): Promise<Versioned<CaseNote> | undefined> {
  const original = await deps.store.caseNotes.get(ctx.school.id, note.id);
  if (!original) return undefined;
  if (original.value.requestHash !== note.requestHash) {
    throw new LanternError('idempotency_key_reused', 'This Idempotency-Key was already used for a different case note. Use a new key.');
  }
  return original;
}

function buildNote(deps: Deps, ctx: RequestContext, input: CaseNoteInput, key: string | undefined): CaseNote {
  const { followUpDate, ...content } = input;
  const id = caseNoteId(ctx.school.id, ctx.actor.oid, key, deps.newId);
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const now = deps.clock().toISOString();
  return {
    ...content,
    id,
    type: 'caseNote',
    schoolId: ctx.school.id,
    followUp: followUpDate ? { dueDate: followUpDate, done: false } : undefined,
    createdBy: me,
    recordedAt: now,
    version: 1,
    updatedAt: now,
    updatedBy: me,
    auditHead: '',
    requestHash: key ? requestHash(input) : undefined,
  };
}
