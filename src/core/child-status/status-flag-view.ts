import type { Actor } from '../model/actor.js';
import { allowStatusFlag } from '../policy/index.js';
import { isCurrent, type StatusFlag } from './status-flag.js';

/** What a caller sees of a status period: dates, who set it, whether it is current, never bookkeeping. */
export function statusFlagView(actor: Actor, f: StatusFlag, today: string) {
  const { requestHash: _h, auditHead: _a, type: _t, schoolId: _s, ...visible } = f;
  return { ...visible, current: isCurrent(f, today), can: { update: allowStatusFlag(actor, 'update', f) } };
}

/** The compact form for a badge: which status, and a plan's category. */
export const flagBadge = (f: StatusFlag) => ({ flag: f.flag, cpCategory: f.cpCategory, startDate: f.startDate });
export type FlagBadge = ReturnType<typeof flagBadge>;
