import { audit, chainedEvent } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { allowCaseNote } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import { checkNotFuture } from '../usecases/check-references.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { diffFields } from '../usecases/record-changes.js';
import type { CaseNote, CaseNoteVersion } from './case-note.js';
import { caseNoteUpdateSchema, type CaseNoteUpdate } from './case-note-input.js';
import { caseNoteView } from './case-note-view.js';

const TRACKED: (keyof CaseNote)[] = ['kind', 'method', 'occurredAt', 'with', 'summary', 'followUp'];

/** Corrects a note, or marks a child-only note's follow-up done. If-Match guarded, versioned, audited. */
export async function updateCaseNote(deps: Deps, ctx: RequestContext, id: string, body: unknown, ifMatch?: string) {
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the version you are changing.');
  const update = parseInput(caseNoteUpdateSchema, body, 'change');
  const action = `caseNote.${update.op}`;
  const found = await deps.store.caseNotes.get(ctx.school.id, id);
  if (!found || !allowCaseNote(ctx.actor, 'update', found.value)) {
    await audit(deps, ctx, { action, recordType: 'caseNote', recordId: id, outcome: found ? 'denied' : 'failed' });
    throw new LanternError('not_found', 'Case note was not found.');
  }
  if (found.etag !== ifMatch) {
    throw new LanternError('version_conflict', `${found.value.updatedBy.name} changed this note after you opened it. Reload to see their change, then make yours again.`);
  }
  const now = deps.clock().toISOString();
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const next: CaseNote = { ...applyNoteUpdate(deps, found.value, update, now), version: found.value.version + 1, updatedAt: now, updatedBy: me };
  const version: CaseNoteVersion = {
    id: `${id}:v${next.version}`, type: 'caseNoteVersion', schoolId: ctx.school.id, caseNoteId: id,
    version: next.version, changedBy: me, changedAt: now, changes: diffFields(found.value, next, TRACKED),
  };
  const event = chainedEvent(deps, ctx, { action, recordType: 'caseNote', recordId: id }, next.version, found.value.auditHead, { record: next, version });
  next.auditHead = event.hash;
  const saved = await deps.store.caseNotes.replace(next, found.etag, version, event);
  return { note: caseNoteView(ctx.actor, saved.value), etag: saved.etag };
}

function applyNoteUpdate(deps: Deps, note: CaseNote, u: CaseNoteUpdate, now: string): CaseNote {
  if (u.op === 'edit') {
    if (u.changes.occurredAt) checkNotFuture(u.changes.occurredAt, deps.clock(), 'changes.occurredAt');
    return { ...note, ...u.changes };
  }
  if (!note.followUp || note.followUp.done) throw new LanternError('invalid_state', 'This note has no open follow-up.');
  if (note.followUp.actionId) {
    throw new LanternError('invalid_state', "This note's follow-up is an action on its concern; mark the action done there.");
  }
  return { ...note, followUp: { ...note.followUp, done: true, doneAt: now } };
}
