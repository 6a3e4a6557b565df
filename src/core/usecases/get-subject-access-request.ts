import { audit } from '../audit/audit-writer.js';
import type { Deps, RequestContext } from './context.js';
import { loadSubjectAccess } from './subject-access-access.js';
import { subjectAccessView } from './subject-access-view.js';

/** One request with its deadline state and version history. */
export async function getSubjectAccessRequest(deps: Deps, ctx: RequestContext, id: string) {
  const found = await loadSubjectAccess(deps, ctx, id, 'read', 'subjectAccess.read');
  const versions = await deps.store.subjectAccess.versions(ctx.school.id, id);
  await audit(deps, ctx, { action: 'subjectAccess.read', recordType: 'subjectAccessRequest', recordId: id, outcome: 'success' });
  const history = versions.map(({ version, changedBy, changedAt, changes }) => ({ version, changedBy, changedAt, fields: changes.map((c) => c.field) }));
  return { sar: { ...subjectAccessView(found.value, deps.clock()), history }, etag: found.etag };
}
