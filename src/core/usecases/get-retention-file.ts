import { audit } from '../audit/audit-writer.js';
import { notFound } from '../errors.js';
import type { Deps, RequestContext } from './context.js';
import { requireRecordsAbility } from './records-guard.js';
import { fileView, loadFiles, schoolToday, type FileState } from './retention-files.js';

export const retentionFacts = (action: string, childId: string) => ({ action, recordType: 'retention', recordId: `retention:${childId}` });

/** Loads one child's file for a DSL, or refuses / answers not found (both audited). */
export async function loadFileFor(deps: Deps, ctx: RequestContext, childId: string, action: string, message: string): Promise<FileState> {
  const facts = retentionFacts(action, childId);
  await requireRecordsAbility(deps, ctx, 'reviewRetention', facts, message);
  const state = (await loadFiles(deps, ctx)).find((f) => f.child.id === childId);
  if (!state) {
    await audit(deps, ctx, { ...facts, outcome: 'failed' });
    throw notFound('This child protection file');
  }
  return state;
}

/** One child's file as the review queue shows it, with its hold history; ETag of the retention record (absent before the first hold). */
export async function getRetentionFile(deps: Deps, ctx: RequestContext, childId: string) {
  const state = await loadFileFor(deps, ctx, childId, 'retention.read', 'Only a DSL can review child protection files for retention.');
  const record = await deps.store.retention.getRecord(ctx.school.id, childId);
  await audit(deps, ctx, { ...retentionFacts('retention.read', childId), outcome: 'success' });
  return { file: fileView({ ...state, record: record?.value }, schoolToday(deps, ctx)), etag: record?.etag };
}
