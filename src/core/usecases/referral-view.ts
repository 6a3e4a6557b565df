import { agencyName } from '../model/agency-timescales.js';
import type { Referral } from '../model/referral.js';
import { milestoneState } from '../model/referral-schedule.js';

const DAY = 86_400_000;

/** What a DSL sees of a referral: milestones with their state now, never internal bookkeeping. */
export function referralView(r: Referral, now: Date) {
  const { requestHash: _h, auditHead: _a, type: _t, ...visible } = r;
  return {
    ...visible,
    agencyName: r.agencyName ?? agencyName(r.agency),
    milestones: r.milestones.map((m) => ({ ...m, state: r.status === 'closed' && !m.doneAt ? 'closed' : milestoneState(m, now, DAY) })),
  };
}
