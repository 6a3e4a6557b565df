import { chainedEvent } from '../audit/audit-writer.js';
import { diffConcern } from '../usecases/apply-update.js';
import { actionOidsOf, type Concern, type ConcernAction, type ConcernVersion } from '../model/concern.js';
import type { Versioned } from '../ports/store.js';
import type { Deps, RequestContext } from '../usecases/context.js';

/**
 * Stores one versioned, audited change to a concern's actions against the
 * version loaded (a concurrent change gets `version_conflict`). Access follows
 * the actions: `actionOids` is recomputed on every change.
 */
export function saveActionChange(deps: Deps, ctx: RequestContext, found: Versioned<Concern>, actions: ConcernAction[], auditAction: string) {
  const current = found.value;
  const now = deps.clock().toISOString();
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const next: Concern = { ...current, actions, actionOids: actionOidsOf(actions), version: current.version + 1, updatedAt: now, updatedBy: me };
  const version: ConcernVersion = {
    id: `${current.id}:v${next.version}`,
    type: 'concernVersion',
    schoolId: ctx.school.id,
    concernId: current.id,
    version: next.version,
    changedBy: me,
    changedAt: now,
    changes: diffConcern(current, next),
  };
  const event = chainedEvent(deps, ctx, { action: auditAction, recordType: 'concern', recordId: current.id }, next.version, current.auditHead, { record: next, version });
  next.auditHead = event.hash;
  return deps.store.concerns.replace(next, found.etag, version, event);
}
