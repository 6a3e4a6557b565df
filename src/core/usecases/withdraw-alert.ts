import { z } from 'zod';
import { audit, chainedEvent } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import type { Concern, ConcernVersion } from '../model/concern.js';
import type { PersonRef } from '../model/ids.js';
import { allow } from '../policy/index.js';
import { canWithdrawAlert } from '../policy/alert-policy.js';
import { parseInput } from '../validation/parse.js';
import { guid } from '../validation/text.js';
import { diffConcern } from './apply-update.js';
import type { Deps, RequestContext } from './context.js';
import { concernView } from './concern-view.js';

export const withdrawAlertSchema = z.strictObject({ oid: guid });

/**
 * Withdraws the alert a concern gave one member of staff: they lose the
 * visibility it granted. A versioned, audited change like any other, made
 * against the version the caller saw (If-Match).
 */
export async function withdrawAlert(deps: Deps, ctx: RequestContext, concernId: string, body: unknown, ifMatch?: string) {
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the version you are changing.');
  const { oid } = parseInput(withdrawAlertSchema, body, 'withdrawal');
  const found = await deps.store.concerns.get(ctx.school.id, concernId);
  const facts = { action: 'concern.withdrawAlert', recordType: 'concern', recordId: concernId } as const;
  if (!found || !canWithdrawAlert(ctx.actor, found.value)) {
    await audit(deps, ctx, { ...facts, outcome: found ? 'denied' : 'failed' });
    if (found && allow(ctx.actor, 'read', found.value)) {
      throw new LanternError('forbidden', 'Only the person who logged this concern, or a DSL, can withdraw its alerts.');
    }
    throw new LanternError('not_found', 'Concern was not found.');
  }
  if (found.etag !== ifMatch) throw staleVersion(found.value);
  const withdrawn = found.value.alertedStaff.find((p) => p.oid.toLowerCase() === oid.toLowerCase());
  if (!withdrawn) throw new LanternError('invalid_state', 'This person has no alert on this concern (it may already have been withdrawn).');
  const saved = await saveWithout(deps, ctx, found.value, found.etag, withdrawn);
  return { concern: concernView(ctx.actor, saved.value), etag: saved.etag, withdrawn };
}

async function saveWithout(deps: Deps, ctx: RequestContext, current: Concern, etag: string, person: PersonRef) {
  const now = deps.clock().toISOString();
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const gone = person.oid.toLowerCase();
  const next: Concern = {
    ...current,
    alertedStaff: current.alertedStaff.filter((p) => p.oid.toLowerCase() !== gone),
    alertedOids: current.alertedOids.filter((o) => o !== gone),
    version: current.version + 1,
    updatedAt: now,
    updatedBy: me,
  };
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
  const facts = { action: 'concern.withdrawAlert', recordType: 'concern', recordId: current.id };
  const event = chainedEvent(deps, ctx, facts, next.version, current.auditHead, { record: next, version });
  next.auditHead = event.hash;
  return deps.store.concerns.replace(next, etag, version, event);
}

const staleVersion = (c: Concern) =>
  new LanternError(
    'version_conflict',
    `${c.updatedBy.name} changed this concern at ${c.updatedAt} after you opened it. Reload to see their change, then try again.`,
  );
