import { chainedEvent } from '../audit/audit-writer.js';
import { calendarFor } from '../calendar/school-calendar.js';
import type { Referral, ReferralVersion } from '../model/referral.js';
import { schedule } from '../model/referral-schedule.js';
import type { Versioned } from '../ports/store.js';
import type { Deps, RequestContext } from './context.js';
import { diffFields } from './record-changes.js';

const TRACKED: (keyof Referral)[] = ['reference', 'method', 'status', 'outcome', 'milestones', 'contacts'];

/** Stores one change to a referral: rescheduled, versioned, audited in the record's chain, If-Match guarded. */
export async function saveReferralChange(
  deps: Deps,
  ctx: RequestContext,
  current: Versioned<Referral>,
  changed: Referral,
  action: string,
): Promise<Versioned<Referral>> {
  const now = deps.clock().toISOString();
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const next = schedule({ ...changed, version: current.value.version + 1, updatedAt: now, updatedBy: me }, calendarFor(ctx.school));
  const version: ReferralVersion = {
    id: `${next.id}:v${next.version}`,
    type: 'referralVersion',
    schoolId: ctx.school.id,
    referralId: next.id,
    version: next.version,
    changedBy: me,
    changedAt: now,
    changes: diffFields(current.value, next, TRACKED),
  };
  const event = chainedEvent(deps, ctx, { action, recordType: 'referral', recordId: next.id }, next.version, current.value.auditHead, { record: next, version });
  next.auditHead = event.hash;
  return deps.store.referrals.replace(next, current.etag, version, event);
}
