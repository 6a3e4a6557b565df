import { LanternError, invalid } from '../errors.js';
import type { Referral } from '../model/referral.js';
import type { PersonRef } from '../model/ids.js';
import { parseInput } from '../validation/parse.js';
import { referralUpdateSchema, type ReferralUpdate } from '../validation/referral-input.js';
import { checkNotFuture } from './check-references.js';
import type { Deps, RequestContext } from './context.js';
import { loadReferral } from './referral-access.js';
import { referralView } from './referral-view.js';
import { saveReferralChange } from './save-referral-change.js';

/** Records a milestone, corrects the reference or method, or closes a referral with its outcome (If-Match). */
export async function updateReferral(deps: Deps, ctx: RequestContext, id: string, body: unknown, ifMatch?: string) {
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the version you are changing.');
  const update = parseInput(referralUpdateSchema, body, 'change');
  const current = await loadReferral(deps, ctx, id, 'update', `referral.${update.op}`);
  if (current.etag !== ifMatch) {
    const r = current.value;
    throw new LanternError('version_conflict', `${r.updatedBy.name} changed this referral at ${r.updatedAt} after you opened it. Reload to see their change.`);
  }
  if (current.value.status === 'closed') throw new LanternError('invalid_state', 'This referral is closed; it cannot change.');
  if (update.op === 'recordMilestone') checkNotFuture(update.at, deps.clock(), 'at');
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const saved = await saveReferralChange(deps, ctx, current, apply(current.value, update, me, deps.clock().toISOString()), `referral.${update.op}`);
  return { referral: referralView(saved.value, deps.clock()), etag: saved.etag };
}

function apply(r: Referral, u: ReferralUpdate, me: PersonRef, now: string): Referral {
  switch (u.op) {
    case 'edit':
      return { ...r, ...Object.fromEntries(Object.entries(u.changes).filter(([, v]) => v !== undefined)) };
    case 'close':
      return { ...r, status: 'closed', outcome: u.outcome, closedAt: now, closedBy: me };
    case 'recordMilestone': {
      const m = r.milestones.find((x) => x.key === u.key);
      if (!m) throw invalid(`key: this referral has no milestone "${u.key}".`, [{ path: 'key', message: `one of: ${r.milestones.map((x) => x.key).join(', ')}` }]);
      if (m.doneAt) throw new LanternError('invalid_state', `The milestone "${m.label}" is already recorded.`);
      return { ...r, milestones: r.milestones.map((x) => (x.key === u.key ? { ...x, doneAt: u.at, doneBy: me } : x)) };
    }
  }
}
