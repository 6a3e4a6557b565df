import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { alertText, type Alert } from '../model/alert.js';
import { resolveActor } from '../model/resolve-actor.js';
import type { AlertChannel, Reachable } from '../ports/alert-channel.js';
import type { Versioned } from '../ports/store.js';
import type { Deps, RequestContext } from './context.js';

/**
 * Delivers every pending alert of a school. Recipients are worked out now, from
 * current group membership: someone removed from the DSL group gets nothing.
 * Each delivery is recorded on the alert before the next, so a crash or a retry
 * resends to nobody who already has it (at-least-once, per person).
 */
export async function deliverAlerts(deps: Deps, ctx: RequestContext, channel: AlertChannel): Promise<number> {
  const pending = await deps.store.alerts.pending(ctx.school.id);
  if (pending.length === 0) return 0;
  const people = await channel.reachable(ctx.school);
  let sent = 0;
  for (const entry of pending) sent += await deliverOne(deps, ctx, channel, entry, people);
  return sent;
}

async function deliverOne(deps: Deps, ctx: RequestContext, channel: AlertChannel, entry: Versioned<Alert>, people: Reachable[]) {
  let { value: alert, etag } = entry;
  const recipients = people.filter((p) => isAudience(ctx, alert, p));
  let sent = 0;
  for (const person of recipients.filter((p) => !alert.deliveredTo.some((d) => d.oid === p.oid))) {
    await channel.send(ctx.school, person.oid, alert, alertText(alert, ctx.school.timeZone));
    alert = { ...alert, deliveredTo: [...alert.deliveredTo, { oid: person.oid, at: deps.clock().toISOString() }] };
    ({ value: alert, etag } = await saveProgress(deps, alert, etag));
    await audit(deps, ctx, { action: 'alert.deliver', recordType: 'referral', recordId: alert.referralId, outcome: 'success' });
    sent++;
  }
  if (recipients.length > 0) await saveProgress(deps, { ...alert, status: 'delivered' }, etag);
  return sent;
}

async function saveProgress(deps: Deps, alert: Alert, etag: string) {
  try {
    return await deps.store.alerts.replace(alert, etag);
  } catch (e) {
    if (e instanceof LanternError && e.code === 'version_conflict') throw new LanternError('version_conflict', 'Another sweeper is delivering this alert.');
    throw e;
  }
}

function isAudience(ctx: RequestContext, alert: Alert, person: Reachable): boolean {
  const actor = resolveActor({ tenantId: ctx.school.tenantId, oid: person.oid, name: person.name, groups: person.groups }, ctx.school);
  if (actor.roles.includes('dsl')) return true;
  const escalation = ctx.school.access.escalationGroups ?? [];
  return alert.audience === 'escalation' && person.groups.some((g) => escalation.includes(g));
}
