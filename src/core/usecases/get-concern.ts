import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { allow } from '../policy/index.js';
import type { Deps, RequestContext } from './context.js';
import { referralsFromConcern } from './concern-referrals.js';
import { concernView, versionView } from './concern-view.js';

/**
 * Reads one concern with its version history. A concern the caller may not
 * read is reported as not found, and the refused attempt is audited.
 */
export async function getConcern(deps: Deps, ctx: RequestContext, id: string) {
  const found = await deps.store.concerns.get(ctx.school.id, id);
  const facts = { action: 'concern.read', recordType: 'concern', recordId: id } as const;
  if (!found || !allow(ctx.actor, 'read', found.value)) {
    await audit(deps, ctx, { ...facts, outcome: found ? 'denied' : 'failed' });
    throw new LanternError('not_found', 'Concern was not found. Check the reference, or ask your DSL.');
  }
  const [children, versions, referrals] = await Promise.all([
    deps.store.children.getMany(ctx.school.id, found.value.childIds),
    deps.store.concerns.versions(ctx.school.id, id),
    referralsFromConcern(deps, ctx, id),
  ]);
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  return {
    concern: { ...concernView(ctx.actor, found.value, children), history: versions.map(versionView), ...(referrals ? { referrals } : {}) },
    etag: found.etag,
  };
}
