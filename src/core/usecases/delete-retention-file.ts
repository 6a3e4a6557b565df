import { chainedEvent } from '../audit/audit-writer.js';
import { LanternError, invalid } from '../errors.js';
import { tombstoneId, type DeletionTombstone } from '../model/retention.js';
import type { Versioned } from '../ports/store.js';
import { parseInput } from '../validation/parse.js';
import { deleteFileSchema } from '../validation/retention-input.js';
import type { Deps, RequestContext } from './context.js';
import { loadFileFor } from './get-retention-file.js';
import { requireRecordsAbility } from './records-guard.js';
import { schoolToday, type FileState } from './retention-files.js';

const DSL_ONLY = 'Only a DSL can delete a child protection file, after review.';
const facts = (action: string, childId: string) => ({ action, recordType: 'retention', recordId: tombstoneId(childId) });

/**
 * Deletes a reviewed child protection file on a DSL's explicit decision. The
 * tombstone (who, when, rule, reason, record ids — no content) is written
 * first with its audit event; then the documents go; then the tombstone is
 * marked done. Calling again after an interruption resumes from the
 * tombstone. Audit events are never deleted. Nothing is ever deleted by time alone.
 */
export async function deleteRetentionFile(deps: Deps, ctx: RequestContext, childId: string, body: unknown) {
  await requireRecordsAbility(deps, ctx, 'deleteFile', facts('retention.delete', childId), DSL_ONLY);
  const existing = await deps.store.retention.getTombstone(ctx.school.id, childId);
  if (existing?.value.status === 'deleted') throw new LanternError('invalid_state', 'This file has already been deleted.');
  if (existing) return { tombstone: await finish(deps, ctx, existing), resumed: true };
  const input = parseInput(deleteFileSchema, body, 'deletion');
  const state = await loadFileFor(deps, ctx, childId, 'retention.delete', DSL_ONLY);
  checkDeletable(state, input, schoolToday(deps, ctx));
  const started = await start(deps, ctx, state, input);
  return { tombstone: await finish(deps, ctx, started), resumed: false };
}

function checkDeletable(s: FileState, input: { fingerprint: string; rule: string }, today: string) {
  if (!s.file.closed) throw new LanternError('invalid_state', 'This file still has open concerns or referrals; close them before any retention decision.');
  if (s.onHold) throw new LanternError('invalid_state', 'This file is on legal hold: release the hold (with a reason) before deciding on deletion.');
  if (s.file.reviewDate > today) throw new LanternError('invalid_state', `This file is not due for review until ${s.file.reviewDate}.`);
  if (input.fingerprint !== s.file.fingerprint) throw new LanternError('version_conflict', 'This file changed after you reviewed it. Reload and review it again.');
  if (input.rule !== s.file.rule.id) throw invalid(`rule: this file falls under ${s.file.rule.id}.`, [{ path: 'rule', message: `this file falls under ${s.file.rule.id}` }]);
}

async function start(deps: Deps, ctx: RequestContext, s: FileState, input: { rule: string; reason: string }) {
  const concernIds = s.file.concernIds.filter((id) => !s.file.sharedConcernIds.includes(id));
  const transfers = await transferDocs(deps, ctx, s.child.id);
  const companions = await deps.store.retention.companions(ctx.school.id, concernIds, s.file.referralIds, transfers.map((d) => d.id));
  const records = [
    ...companions,
    ...transfers.map((d) => ({ id: d.id, type: d.type })),
    ...s.file.referralIds.map((id) => ({ id, type: 'referral' })),
    ...concernIds.map((id) => ({ id, type: 'concern' })),
    ...(s.record ? [{ id: s.record.id, type: 'retentionRecord' }] : []),
  ];
  const deletedIds = new Set(records.map((r) => r.id));
  const heads = [
    ...s.file.heads.filter((h) => deletedIds.has(h.recordId)),
    ...transfers.map((d) => ({ recordId: d.id, head: d.auditHead })),
    ...(s.record ? [{ recordId: s.record.id, head: s.record.auditHead }] : []),
  ];
  const event = chainedEvent(deps, ctx, facts('retention.delete.start', s.child.id), 1);
  const tombstone: DeletionTombstone = {
    id: tombstoneId(s.child.id), type: 'deletionTombstone', schoolId: ctx.school.id, childId: s.child.id,
    rule: input.rule, reviewDate: s.file.reviewDate, reason: input.reason,
    decidedBy: { oid: ctx.actor.oid, name: ctx.actor.name }, decidedAt: deps.clock().toISOString(),
    status: 'deleting', records, heads, version: 1, auditHead: event.hash,
  };
  try {
    return await deps.store.retention.saveTombstone(tombstone, undefined, event);
  } catch (e) {
    if (e instanceof LanternError && e.code === 'already_exists') throw new LanternError('invalid_state', 'Another DSL has just started deleting this file. Reload to see it.');
    throw e;
  }
}

async function finish(deps: Deps, ctx: RequestContext, started: Versioned<DeletionTombstone>): Promise<DeletionTombstone> {
  const t = started.value;
  await deps.store.retention.deleteDocs(ctx.school.id, t.records);
  const event = chainedEvent(deps, ctx, facts('retention.delete.complete', t.childId), t.version + 1, t.auditHead);
  const done: DeletionTombstone = { ...t, status: 'deleted', completedAt: deps.clock().toISOString(), version: t.version + 1, auditHead: event.hash };
  return (await deps.store.retention.saveTombstone(done, started.etag, event)).value;
}

/** The child's transfers out and packs received: part of their file, deleted with it. */
async function transferDocs(deps: Deps, ctx: RequestContext, childId: string): Promise<{ id: string; type: string; auditHead: string }[]> {
  const [out, received] = await Promise.all([deps.store.transfers.query(ctx.school.id, { childId }, { limit: 1000 }), deps.store.transfers.receivedFor(ctx.school.id, childId)]);
  return [...out.items, ...received];
}
