import { audit, chainedEvent } from '../audit/audit-writer.js';
import { localDate } from '../calendar/local-time.js';
import { invalid, LanternError } from '../errors.js';
import { allowStatusFlags } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import { requestHash, validIdempotencyKey } from '../usecases/concern-ids.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import type { StatusFlag } from './status-flag.js';
import { statusFlagId } from './status-flag-ids.js';
import { statusFlagInputSchema, type StatusFlagInput } from './status-flag-input.js';
import { statusFlagView } from './status-flag-view.js';

const ACTION = 'statusFlag.set';

/** A DSL records that a child has a status from a date (a plan, looked after, SEN support…). */
export async function setStatusFlag(deps: Deps, ctx: RequestContext, childId: string, body: unknown, idempotencyKey?: string) {
  const [child] = await deps.store.children.getMany(ctx.school.id, [childId]);
  if (!child || !allowStatusFlags(ctx.actor, 'setStatusFlag')) {
    await audit(deps, ctx, { action: ACTION, recordType: 'child', recordId: childId, outcome: child ? 'denied' : 'failed' });
    if (child && allowStatusFlags(ctx.actor, 'readStatusFlags')) throw new LanternError('forbidden', "Only a DSL can set a child's status.");
    throw new LanternError('not_found', 'Child was not found.');
  }
  const input = parseInput(statusFlagInputSchema, body, 'status');
  const key = idempotencyKey === undefined ? undefined : validIdempotencyKey(idempotencyKey);
  const today = localDate(deps.clock(), ctx.school.timeZone);
  const flag = buildFlag(deps, ctx, childId, input, key);
  const existing = await deps.store.statusFlags.forChild(ctx.school.id, childId);
  const replay = existing.find((f) => f.id === flag.id);
  if (replay) return replayOf(deps, ctx, replay, flag, today);
  checkNoOverlap(existing, flag);
  const event = chainedEvent(deps, ctx, { action: ACTION, recordType: 'statusFlag', recordId: flag.id }, 1, undefined, { record: flag });
  flag.auditHead = event.hash;
  const created = await deps.store.statusFlags.create(flag, event);
  return { flag: statusFlagView(ctx.actor, created.value, today), etag: created.etag, replayed: false };
}

async function replayOf(deps: Deps, ctx: RequestContext, stored: StatusFlag, asked: StatusFlag, today: string) {
  if (stored.requestHash !== asked.requestHash) {
    throw new LanternError('idempotency_key_reused', 'This Idempotency-Key was already used for a different status. Use a new key.');
  }
  const found = (await deps.store.statusFlags.get(ctx.school.id, stored.id))!;
  return { flag: statusFlagView(ctx.actor, found.value, today), etag: found.etag, replayed: true };
}

/** Two periods of the same status may not overlap: end the current one first. */
function checkNoOverlap(existing: StatusFlag[], f: StatusFlag) {
  const clash = existing.find((e) => e.flag === f.flag && e.startDate <= (f.endDate ?? '9999-12-31') && f.startDate < (e.endDate ?? '9999-12-31'));
  if (!clash) return;
  const message = `overlaps a period of this status that started on ${clash.startDate}; end that one first`;
  throw invalid(`startDate: ${message}.`, [{ path: 'startDate', message }]);
}

function buildFlag(deps: Deps, ctx: RequestContext, childId: string, input: StatusFlagInput, key: string | undefined): StatusFlag {
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const now = deps.clock().toISOString();
  return {
    ...input,
    id: statusFlagId(ctx.school.id, ctx.actor.oid, key, deps.newId),
    type: 'statusFlag',
    schoolId: ctx.school.id,
    childId,
    source: 'dsl',
    createdBy: me,
    recordedAt: now,
    version: 1,
    updatedAt: now,
    updatedBy: me,
    auditHead: '',
    requestHash: key ? requestHash({ childId, ...input }) : undefined,
  };
}
