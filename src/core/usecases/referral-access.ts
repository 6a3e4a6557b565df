import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { allowReferral, type ReferralAbility } from '../policy/index.js';
import type { Deps, RequestContext } from './context.js';

/** Loads a referral the actor may use, auditing a refusal; an unseen referral is simply not found. */
export async function loadReferral(deps: Deps, ctx: RequestContext, id: string, ability: ReferralAbility, action: string) {
  const found = await deps.store.referrals.get(ctx.school.id, id);
  if (!found || !allowReferral(ctx.actor, ability, found.value)) {
    await audit(deps, ctx, { action, recordType: 'referral', recordId: id, outcome: found ? 'denied' : 'failed' });
    throw new LanternError('not_found', 'Referral was not found.');
  }
  return found;
}
