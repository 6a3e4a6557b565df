import { audit, chainedEvent } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { assertTransition } from '../model/concern-lifecycle.js';
import type { Concern, ConcernVersion } from '../model/concern.js';
import { allow } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import { concernUpdateSchema, type ConcernUpdate } from '../validation/update-input.js';
import { applyUpdate, diffConcern } from './apply-update.js';
import { checkCategories, checkChildren, checkNotFuture } from './check-references.js';
import type { Deps, RequestContext } from './context.js';
import { concernView } from './concern-view.js';
import { refuseOpenActions } from '../actions/open-actions.js';
import { resolveStaff } from './resolve-staff.js';

const ABILITY = { edit: 'edit', triage: 'triage', prioritise: 'triage', close: 'close', addAction: 'manageActions', completeAction: 'manageActions', parentalNotification: 'decideParentalNotification' } as const;

/**
 * Edits, triages, closes or manages actions on a concern. The caller must name
 * the version they saw (If-Match); a stale version is refused, never overwritten.
 */
export async function updateConcern(deps: Deps, ctx: RequestContext, id: string, body: unknown, ifMatch?: string) {
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the version you are changing.');
  const update = parseInput(concernUpdateSchema, body, 'change');
  const found = await deps.store.concerns.get(ctx.school.id, id);
  const ability = ABILITY[update.op];
  const facts = { action: `concern.${update.op}`, recordType: 'concern', recordId: id } as const;
  if (!found || !allow(ctx.actor, ability, found.value)) {
    await audit(deps, ctx, { ...facts, outcome: found ? 'denied' : 'failed' });
    if (found && allow(ctx.actor, 'read', found.value)) {
      throw new LanternError('forbidden', `You are not allowed to ${update.op} this concern.`);
    }
    throw new LanternError('not_found', 'Concern was not found.');
  }
  if (found.etag !== ifMatch) throw staleVersion(found.value);
  await checkUpdate(deps, ctx, found.value, update);
  await resolveNames(deps, ctx, update);

  const now = deps.clock().toISOString();
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const changed = applyUpdate(found.value, update, me, now, deps.newId);
  const next: Concern = { ...changed, version: found.value.version + 1, updatedAt: now, updatedBy: me };
  const version: ConcernVersion = {
    id: `${id}:v${next.version}`,
    type: 'concernVersion',
    schoolId: ctx.school.id,
    concernId: id,
    version: next.version,
    changedBy: me,
    changedAt: now,
    changes: diffConcern(found.value, next),
  };
  const event = chainedEvent(deps, ctx, facts, next.version, found.value.auditHead, { record: next, version });
  next.auditHead = event.hash;
  const saved = await deps.store.concerns.replace(next, found.etag, version, event);
  return { concern: concernView(ctx.actor, saved.value), etag: saved.etag };
}

async function checkUpdate(deps: Deps, ctx: RequestContext, current: Concern, u: ConcernUpdate) {
  if (u.op === 'triage') assertTransition(current, 'triage');
  if (u.op === 'prioritise') assertTransition(current, 'edit');
  if (u.op === 'close') {
    assertTransition(current, 'close');
    if (!u.confirmOpenActions) refuseOpenActions(current);
  }
  if (u.op === 'addAction' || u.op === 'completeAction') assertTransition(current, 'manageActions');
  if (u.op === 'addAction' && u.assignee.oid.toLowerCase() !== ctx.actor.oid) {
    throw new LanternError('validation_failed', 'assignee: to give an action to someone else, use the assign action operation (the directory names them).', [
      { path: 'assignee', message: 'must be yourself here; assign to colleagues with assignAction' },
    ]);
  }
  if (u.op === 'parentalNotification' && u.at) checkNotFuture(u.at, deps.clock(), 'at');
  if (u.op !== 'edit') return;
  assertTransition(current, 'edit');
  if (u.changes.categories) checkCategories(ctx.school, u.changes.categories, 'changes.categories');
  if (u.changes.occurredAt) checkNotFuture(u.changes.occurredAt, deps.clock(), 'changes.occurredAt');
  if (u.changes.children || u.changes.occurredAt) {
    const occurredAt = u.changes.occurredAt ?? current.occurredAt;
    await checkChildren(deps.store, ctx.school.id, u.changes.children ?? current.children, 'changes.children', occurredAt);
  }
}

/** Alerted staff and assignees carry the directory's names, never the client's. */
async function resolveNames(deps: Deps, ctx: RequestContext, u: ConcernUpdate): Promise<void> {
  if (u.op === 'addAction') u.assignee = (await resolveStaff(deps, ctx, [u.assignee], 'assignee'))[0]!;
  if (u.op === 'edit' && u.changes.alertedStaff) u.changes.alertedStaff = await resolveStaff(deps, ctx, u.changes.alertedStaff, 'changes.alertedStaff');
}

const staleVersion = (c: Concern) =>
  new LanternError(
    'version_conflict',
    `${c.updatedBy.name} changed this concern at ${c.updatedAt} after you opened it. Reload to see their change, then make yours again.`,
  );
