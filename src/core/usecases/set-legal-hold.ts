import { chainedEvent } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { retentionRecordId, type HoldChange, type RetentionRecord } from '../model/retention.js';
import { parseInput } from '../validation/parse.js';
import { legalHoldSchema } from '../validation/retention-input.js';
import type { Deps, RequestContext } from './context.js';
import { loadFileFor, retentionFacts } from './get-retention-file.js';
import { fileView, schoolToday } from './retention-files.js';

/**
 * Puts a child's file on legal hold (no review, no deletion) or releases it,
 * with the reason. The first hold creates the retention record; later changes
 * need If-Match. Every change is chained in the audit trail. DSLs only.
 */
export async function setLegalHold(deps: Deps, ctx: RequestContext, childId: string, body: unknown, ifMatch?: string) {
  const state = await loadFileFor(deps, ctx, childId, 'retention.hold', 'Only a DSL can put a file on legal hold or release it.');
  const input = parseInput(legalHoldSchema, body, 'legal hold');
  if (state.tombstone) throw new LanternError('invalid_state', 'This file has been deleted; there is nothing to hold.');
  const found = await deps.store.retention.getRecord(ctx.school.id, childId);
  if (found && !ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the file you are changing.');
  if (found && found.etag !== ifMatch) throw new LanternError('version_conflict', 'Someone else changed this file after you opened it. Reload, then make your change again.');
  if (!input.onHold && !found?.value.legalHold?.onHold) throw new LanternError('invalid_state', 'This file is not on legal hold.');
  const now = deps.clock().toISOString();
  const change: HoldChange = { onHold: input.onHold, reason: input.reason, by: { oid: ctx.actor.oid, name: ctx.actor.name }, at: now };
  const version = (found?.value.version ?? 0) + 1;
  const event = chainedEvent(deps, ctx, retentionFacts(input.onHold ? 'retention.hold.set' : 'retention.hold.release', childId), version, found?.value.auditHead);
  const next: RetentionRecord = {
    id: retentionRecordId(childId), type: 'retentionRecord', schoolId: ctx.school.id, childId,
    ...(input.onHold ? { legalHold: change } : {}),
    history: [...(found?.value.history ?? []), change],
    version, updatedAt: now, auditHead: event.hash,
  };
  const saved = await saveRecord(deps, next, found?.etag, event);
  return { file: fileView({ ...state, record: saved.value, onHold: input.onHold }, schoolToday(deps, ctx)), etag: saved.etag };
}

async function saveRecord(deps: Deps, next: RetentionRecord, etag: string | undefined, event: Parameters<Deps['store']['retention']['saveRecord']>[2]) {
  try {
    return await deps.store.retention.saveRecord(next, etag, event);
  } catch (e) {
    // Two DSLs placing the first hold at once: the second is told to reload, as for any stale edit.
    if (e instanceof LanternError && e.code === 'already_exists') throw new LanternError('version_conflict', 'Someone else changed this file after you opened it. Reload, then make your change again.');
    throw e;
  }
}
