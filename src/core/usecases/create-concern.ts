import { chainedEvent, audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import type { Concern } from '../model/concern.js';
import { allow } from '../policy/index.js';
import { concernInputSchema, type ConcernInput } from '../validation/concern-input.js';
import { parseInput } from '../validation/parse.js';
import { concernId, concernRef, requestHash, validIdempotencyKey } from './concern-ids.js';
import { checkCategories, checkChildren, checkNotFuture } from './check-references.js';
import type { Deps, RequestContext } from './context.js';
import { resolveStaff } from './resolve-staff.js';

export interface CreateConcernResult {
  concern: Concern;
  etag: string;
  /** True when an earlier request with the same Idempotency-Key already created it. */
  replayed: boolean;
}

/** Logs a concern: one validation, one policy check, one atomic write of record + audit event. */
export async function createConcern(
  deps: Deps,
  ctx: RequestContext,
  body: unknown,
  idempotencyKey?: string,
): Promise<CreateConcernResult> {
  if (!allow(ctx.actor, 'createConcern')) {
    await audit(deps, ctx, { action: 'concern.create', recordType: 'concern', recordId: '-', outcome: 'denied' });
    throw new LanternError('forbidden', 'You are not allowed to log concerns in this school. Ask your Lantern admin.');
  }
  const input = parseInput(concernInputSchema, body, 'concern');
  const key = idempotencyKey === undefined ? undefined : validIdempotencyKey(idempotencyKey);
  const now = deps.clock();
  checkNotFuture(input.occurredAt, now);
  checkCategories(ctx.school, input.categories);
  await checkChildren(deps.store, ctx.school.id, input.children, 'children', input.occurredAt);
  input.alertedStaff = await resolveStaff(deps, ctx, input.alertedStaff, 'alertedStaff');

  const concern = buildConcern(deps, ctx, input, key, now);
  const event = chainedEvent(deps, ctx, { action: 'concern.create', recordType: 'concern', recordId: concern.id }, 1, undefined, { record: concern });
  concern.auditHead = event.hash;
  try {
    const created = await deps.store.concerns.create(concern, event);
    return { concern: created.value, etag: created.etag, replayed: false };
  } catch (e) {
    if (key && e instanceof LanternError && e.code === 'already_exists') return replay(deps, ctx, concern);
    throw e;
  }
}

function buildConcern(deps: Deps, ctx: RequestContext, input: ConcernInput, key: string | undefined, now: Date): Concern {
  const id = concernId(ctx.school.id, ctx.actor.oid, key, deps.newId);
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const at = now.toISOString();
  return {
    ...input,
    id,
    type: 'concern',
    schoolId: ctx.school.id,
    ref: concernRef(id),
    childIds: input.children.map((c) => c.childId),
    alertedOids: input.alertedStaff.map((p) => p.oid),
    createdBy: me,
    recordedAt: at,
    status: 'new',
    actions: [],
    version: 1,
    updatedAt: at,
    updatedBy: me,
    auditHead: '',
    requestHash: key ? requestHash(input) : undefined,
  };
}

async function replay(deps: Deps, ctx: RequestContext, attempted: Concern): Promise<CreateConcernResult> {
  const original = await deps.store.concerns.get(ctx.school.id, attempted.id);
  if (!original || original.value.createdBy.oid !== ctx.actor.oid) {
    throw new LanternError('internal', 'A concern with this id exists but could not be read back.');
  }
  if (original.value.requestHash !== attempted.requestHash) {
    throw new LanternError(
      'idempotency_key_reused',
      'This Idempotency-Key was already used for a different concern. Use a new key for a new concern.',
    );
  }
  await audit(deps, ctx, { action: 'concern.create.replayed', recordType: 'concern', recordId: attempted.id, outcome: 'success' });
  return { concern: original.value, etag: original.etag, replayed: true };
}
