import { audit, chainedEvent } from '../audit/audit-writer.js';
import { calendarFor } from '../calendar/school-calendar.js';
import { invalid, LanternError } from '../errors.js';
import { agenciesOf, type AgencySettings } from '../model/agency-timescales.js';
import type { Referral } from '../model/referral.js';
import { schedule } from '../model/referral-schedule.js';
import { allow } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import { referralInputSchema, type ReferralInput } from '../validation/referral-input.js';
import { requestHash, validIdempotencyKey } from './concern-ids.js';
import { checkNotFuture } from './check-references.js';
import type { Deps, RequestContext } from './context.js';
import { referralId, referralRef } from './referral-ids.js';

/** Records a referral to an outside agency and fills in that agency's milestones and due dates. */
export async function createReferral(deps: Deps, ctx: RequestContext, body: unknown, idempotencyKey?: string) {
  if (!allow(ctx.actor, 'manageReferrals')) {
    await audit(deps, ctx, { action: 'referral.create', recordType: 'referral', recordId: '-', outcome: 'denied' });
    throw new LanternError('forbidden', 'Only a DSL can record referrals.');
  }
  const input = parseInput(referralInputSchema, body, 'referral');
  const key = idempotencyKey === undefined ? undefined : validIdempotencyKey(idempotencyKey);
  checkNotFuture(input.madeAt, deps.clock(), 'madeAt');
  const agency = agencyOf(ctx, input.agency);
  await checkConcernAndChild(deps, ctx, input);

  const referral = buildReferral(deps, ctx, input, agency, key);
  const event = chainedEvent(deps, ctx, { action: 'referral.create', recordType: 'referral', recordId: referral.id }, 1, undefined, { record: referral });
  referral.auditHead = event.hash;
  try {
    const created = await deps.store.referrals.create(referral, event);
    return { referral: created.value, etag: created.etag, replayed: false };
  } catch (e) {
    if (!(key && e instanceof LanternError && e.code === 'already_exists')) throw e;
    const original = await deps.store.referrals.get(ctx.school.id, referral.id);
    if (!original || original.value.requestHash !== referral.requestHash) {
      throw new LanternError('idempotency_key_reused', 'This Idempotency-Key was already used for a different referral. Use a new key.');
    }
    return { referral: original.value, etag: original.etag, replayed: true };
  }
}

async function checkConcernAndChild(deps: Deps, ctx: RequestContext, input: ReferralInput) {
  const concern = await deps.store.concerns.get(ctx.school.id, input.concernId);
  if (!concern) throw invalid('concernId: no concern with this id at your school.', [{ path: 'concernId', message: 'no concern with this id at your school' }]);
  if (!concern.value.childIds.includes(input.childId)) {
    const message = 'this child is not named on the concern';
    throw invalid(`childId: ${message}.`, [{ path: 'childId', message }]);
  }
}

/** The school's configured agency (its own settings, or the defaults). */
function agencyOf(ctx: RequestContext, id: string): AgencySettings {
  const agencies = agenciesOf(ctx.school);
  const found = agencies.find((a) => a.id === id);
  if (found) return found;
  const message = `must be one of: ${agencies.map((a) => a.id).join(', ')}`;
  throw invalid(`agency: ${message}.`, [{ path: 'agency', message }]);
}

function buildReferral(deps: Deps, ctx: RequestContext, input: ReferralInput, agency: AgencySettings, key: string | undefined): Referral {
  const id = referralId(ctx.school.id, ctx.actor.oid, key, deps.newId);
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const now = deps.clock().toISOString();
  const draft: Referral = {
    ...input,
    id,
    type: 'referral',
    schoolId: ctx.school.id,
    ref: referralRef(id),
    agencyName: agency.label,
    madeBy: me,
    status: 'open',
    milestones: agency.milestones.map((m) => ({ ...m })),
    contacts: [],
    version: 1,
    createdAt: now,
    updatedAt: now,
    updatedBy: me,
    auditHead: '',
    requestHash: key ? requestHash(input) : undefined,
  };
  return schedule(draft, calendarFor(ctx.school));
}
