import { createHash } from 'node:crypto';
import { chainedEvent } from '../audit/audit-writer.js';
import { LanternError, invalid } from '../errors.js';
import { localDate } from '../calendar/local-time.js';
import { calendarFor } from '../calendar/school-calendar.js';
import { sendDueAt, transferRef, type Transfer } from '../model/transfer.js';
import { parseInput } from '../validation/parse.js';
import { transferInputSchema } from '../validation/transfer-input.js';
import { requestHash, validIdempotencyKey } from './concern-ids.js';
import type { Deps, RequestContext } from './context.js';
import { requireRecordsAbility } from './records-guard.js';
import { DSL_ONLY, transferFacts } from './transfer-access.js';

/**
 * Starts the transfer of a leaving child's file to their new school (a roster
 * leaver, or by hand). Keyed by the child's UPN. DSLs only; retry-safe with an Idempotency-Key.
 */
export async function createTransfer(deps: Deps, ctx: RequestContext, body: unknown, idempotencyKey?: string) {
  await requireRecordsAbility(deps, ctx, 'manageTransfers', transferFacts('transfer.create', '-'), DSL_ONLY);
  const input = parseInput(transferInputSchema, body, 'transfer');
  const key = idempotencyKey === undefined ? undefined : validIdempotencyKey(idempotencyKey);
  const [child] = await deps.store.children.getMany(ctx.school.id, [input.childId]);
  if (!child) throw invalid('childId: no such child in this school.', [{ path: 'childId', message: 'no such child in this school' }]);
  const now = deps.clock().toISOString();
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const id = key ? `t-${createHash('sha256').update(`${ctx.school.id}\n${ctx.actor.oid}\n${key}`).digest('hex').slice(0, 32)}` : `t-${deps.newId()}`;
  const event = chainedEvent(deps, ctx, transferFacts('transfer.create', id), 1);
  const leftOn = child.leftAt?.slice(0, 10) ?? localDate(deps.clock(), ctx.school.timeZone);
  const due = sendDueAt(calendarFor(ctx.school), leftOn);
  const transfer: Transfer = {
    id, type: 'transfer', schoolId: ctx.school.id, ref: transferRef(id), childId: child.id, upn: child.upn,
    origin: child.leftAt ? 'roster-leaver' : 'manual', destination: input.destination, status: 'preparing',
    leftOn, ...(due ? { sendDueAt: due } : {}), deadlineCycle: 0, chases: [], version: 1, createdAt: now, createdBy: me, updatedAt: now, updatedBy: me,
    auditHead: event.hash, ...(key ? { requestHash: requestHash(input) } : {}),
  };
  try {
    const created = await deps.store.transfers.create(transfer, event);
    return { transfer: created.value, etag: created.etag, replayed: false };
  } catch (e) {
    if (!(key && e instanceof LanternError && e.code === 'already_exists')) throw e;
    const original = await deps.store.transfers.get(ctx.school.id, id);
    if (!original || original.value.requestHash !== transfer.requestHash) {
      throw new LanternError('idempotency_key_reused', 'This Idempotency-Key was already used for a different transfer. Use a new key.');
    }
    return { transfer: original.value, etag: original.etag, replayed: true };
  }
}
