import { audit } from '../audit/audit-writer.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { RECORD_TYPE } from './adult-concern.js';
import { loadAdultConcern } from './adult-concern-access.js';
import { adultConcernView } from './adult-concern-view.js';

/** One record, for its readers; anyone else (the adult concerned included) gets 404. */
export async function getAdultConcern(deps: Deps, ctx: RequestContext, id: string) {
  const action = 'adultConcern.read';
  const found = await loadAdultConcern(deps, ctx, id, 'read', action);
  const versions = await deps.store.adultConcerns.versions(ctx.school.id, id);
  await audit(deps, ctx, { action, recordType: RECORD_TYPE, recordId: id, outcome: 'success' });
  const history = versions.map((v) => ({ version: v.version, changedBy: v.changedBy, changedAt: v.changedAt, fields: v.changes.map((c) => c.field) }));
  return { record: { ...adultConcernView(ctx.actor, found.value, ctx.school.adultConcerns), history }, etag: found.etag };
}
