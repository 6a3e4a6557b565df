import { agencyName } from '../model/agency-timescales.js';
import type { Referral } from '../model/referral.js';
import { allow, allowReferral } from '../policy/index.js';
import type { Deps, RequestContext } from './context.js';

const MAX = 100;

/**
 * The referrals made from one concern, for the concern's page: reference,
 * agency, state and which child. Only for those who may read referrals (DSLs);
 * anyone else gets none and no hint that any exist.
 */
export async function referralsFromConcern(deps: Deps, ctx: RequestContext, concernId: string) {
  if (!allow(ctx.actor, 'manageReferrals')) return undefined;
  const page = await deps.store.referrals.query(ctx.school.id, { concernId }, { limit: MAX });
  return page.items.filter((r) => allowReferral(ctx.actor, 'read', r)).map(linkOf);
}

const linkOf = (r: Referral) => ({
  id: r.id,
  ref: r.ref,
  childId: r.childId,
  agency: r.agency,
  agencyName: r.agencyName ?? agencyName(r.agency),
  reference: r.reference,
  madeAt: r.madeAt,
  status: r.status,
});
