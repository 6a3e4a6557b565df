import { audit } from '../audit/audit-writer.js';
import type { Deps, RequestContext } from './context.js';
import { childSummary } from './list-children.js';
import { loadReferral } from './referral-access.js';
import { referralView } from './referral-view.js';

/** One referral with its milestones, contact log and version history. */
export async function getReferral(deps: Deps, ctx: RequestContext, id: string) {
  const found = await loadReferral(deps, ctx, id, 'read', 'referral.read');
  const [versions, [child]] = await Promise.all([
    deps.store.referrals.versions(ctx.school.id, id),
    deps.store.children.getMany(ctx.school.id, [found.value.childId]),
  ]);
  await audit(deps, ctx, { action: 'referral.read', recordType: 'referral', recordId: id, outcome: 'success' });
  return {
    referral: { ...referralView(found.value, deps.clock()), child: child ? childSummary(child) : undefined, history: versions.map(({ version, changedBy, changedAt, changes }) => ({ version, changedBy, changedAt, changes })) },
    etag: found.etag,
  };
}
