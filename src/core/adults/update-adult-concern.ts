import { chainedEvent } from '../audit/audit-writer.js';
import { localDate } from '../calendar/local-time.js';
import { LanternError } from '../errors.js';
import { parseInput } from '../validation/parse.js';
import { checkNotFuture } from '../usecases/check-references.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { diffFields } from '../usecases/record-changes.js';
import { RECORD_TYPE, type AdultConcern, type AdultConcernVersion } from './adult-concern.js';
import { loadAdultConcern } from './adult-concern-access.js';
import { adultConcernUpdateSchema, type AdultConcernUpdate } from './adult-concern-input.js';
import { adultConcernView } from './adult-concern-view.js';
import { ladoDueAt } from './create-adult-concern.js';
import { allegationRetention, lowLevelRetention } from './retention.js';

const TRACKED: (keyof AdultConcern)[] = ['kind', 'harms', 'status', 'initialConsideration', 'lado', 'review', 'outcome', 'retention'];

/**
 * A case manager works the record: initial consideration, the LADO referral and
 * contacts, the review of a low-level concern (or treating it as an allegation),
 * the outcome with its retention review, closing. If-Match guarded, versioned, audited.
 */
export async function updateAdultConcern(deps: Deps, ctx: RequestContext, id: string, body: unknown, ifMatch?: string) {
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the version you are changing.');
  const update = parseInput(adultConcernUpdateSchema, body, 'change');
  const action = `adultConcern.${update.op}`;
  const found = await loadAdultConcern(deps, ctx, id, 'work', action);
  if (found.etag !== ifMatch) {
    throw new LanternError('version_conflict', `${found.value.updatedBy.name} changed this record after you opened it. Reload to see their change, then make yours again.`);
  }
  if (found.value.status === 'closed') throw new LanternError('invalid_state', 'This record is closed; nothing more can be added to it.');
  const now = deps.clock();
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const applied = apply(deps, ctx, found.value, update, now, me);
  const next: AdultConcern = { ...applied, version: found.value.version + 1, updatedAt: now.toISOString(), updatedBy: me };
  const version: AdultConcernVersion = {
    id: `${id}:v${next.version}`, type: 'adultConcernVersion', schoolId: ctx.school.id, adultConcernId: id,
    version: next.version, changedBy: me, changedAt: now.toISOString(), changes: diffFields(found.value, next, TRACKED),
  };
  const event = chainedEvent(deps, ctx, { action, recordType: RECORD_TYPE, recordId: id }, next.version, found.value.auditHead, { record: next, version });
  next.auditHead = event.hash;
  const saved = await deps.store.adultConcerns.replace(next, found.etag, version, event);
  return { record: adultConcernView(ctx.actor, saved.value, ctx.school.adultConcerns), etag: saved.etag };
}

const needs = (ok: boolean, message: string) => {
  if (!ok) throw new LanternError('invalid_state', message);
};

function apply(deps: Deps, ctx: RequestContext, c: AdultConcern, u: AdultConcernUpdate, now: Date, me: { oid: string; name: string }): AdultConcern {
  const allegation = c.kind === 'allegation';
  switch (u.op) {
    case 'initialConsideration':
      needs(allegation, 'Initial consideration is for allegations; review a low-level concern instead.');
      needs(!c.initialConsideration, 'The initial consideration is already recorded.');
      return { ...c, initialConsideration: { at: now.toISOString(), by: me, summary: u.summary } };
    case 'ladoReferral': {
      needs(allegation && c.lado !== undefined, 'Only an allegation is referred to the LADO.');
      needs(!c.lado!.referredAt, 'The LADO referral is already recorded; log further contact instead.');
      checkNotFuture(u.referredAt, now, 'referredAt');
      const { ladoDueAt: _due, ...rest } = c;
      return { ...rest, lado: { ...c.lado!, referredAt: u.referredAt, referredBy: me, ...(u.advice && { advice: u.advice }) } };
    }
    case 'ladoContact':
      needs(allegation && c.lado !== undefined, 'Only an allegation has LADO contacts.');
      checkNotFuture(u.at, now, 'at');
      return { ...c, lado: { ...c.lado!, contacts: [...c.lado!.contacts, { at: u.at, by: me, summary: u.summary }] } };
    case 'review':
      needs(!allegation, 'An allegation is not reviewed like a low-level concern; record its outcome.');
      return { ...c, review: { at: now.toISOString(), by: me, actionTaken: u.actionTaken } };
    case 'treatAsAllegation': {
      needs(!allegation, 'This is already an allegation.');
      // The LADO clock starts now: the case manager has just judged that it meets the harms threshold.
      const due = ladoDueAt(deps, ctx, now);
      return { ...c, kind: 'allegation', harms: [...new Set(u.harms)], lado: { dueAt: due, contacts: [] }, ladoDueAt: due };
    }
    case 'outcome': {
      needs(allegation, 'Only an allegation has an outcome.');
      needs(!c.outcome, 'The outcome is already recorded.');
      needs(u.keepAtPersonsRequest === undefined || u.outcome === 'malicious' || u.outcome === 'false',
        'keepAtPersonsRequest is only for malicious or false allegations.');
      if (u.decidedAt > localDate(now, ctx.school.timeZone)) {
        throw new LanternError('validation_failed', 'decidedAt is in the future; give the date the outcome was decided.', [{ path: 'decidedAt', message: 'is in the future' }]);
      }
      const { pensionAgeOn, op: _op, ...rest } = u;
      const outcome = { ...rest, decidedBy: me };
      const retention = allegationRetention(outcome, localDate(new Date(c.recordedAt), ctx.school.timeZone), pensionAgeOn);
      return { ...c, outcome, retention };
    }
    case 'close': {
      needs(!allegation || c.outcome !== undefined, 'Record the outcome before closing an allegation.');
      const { ladoDueAt: _due, ...rest } = c;
      return { ...rest, status: 'closed', ...(allegation ? {} : { retention: lowLevelRetention(u.leftOn) }) };
    }
  }
}
