import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { addDays, instantAt, localDate } from '../calendar/local-time.js';
import { alertRecord, alertText, type Alert } from '../model/alert.js';
import { resolveActor } from '../model/resolve-actor.js';
import type { AlertChannel, DigestChoices, Reachable } from '../ports/alert-channel.js';
import type { Versioned } from '../ports/store.js';
import type { Deps, RequestContext } from './context.js';

/**
 * Delivers every pending alert of a school. Recipients are worked out now, from
 * current group membership: someone removed from the DSL group gets nothing.
 * Each delivery is recorded on the alert before the next, so a crash or a retry
 * resends to nobody who already has it (at-least-once, per person).
 */
export async function deliverAlerts(deps: Deps, ctx: RequestContext, channel: AlertChannel, now: Date = deps.clock()): Promise<number> {
  const pending = await deps.store.alerts.pending(ctx.school.id);
  if (pending.length === 0) return 0;
  const people = await channel.reachable(ctx.school);
  const choices = channel.digests ? await channel.digests.choices(ctx.school) : undefined;
  const wantsDigest = (p: Reachable) => choices?.oids.has(p.oid) ?? false;
  let sent = 0;
  const after: Versioned<Alert>[] = [];
  for (const entry of pending) {
    const r = await deliverOne(deps, ctx, channel, entry, people, wantsDigest);
    sent += r.sent;
    if (r.entry.value.status === 'pending') after.push(r.entry);
  }
  if (channel.digests && choices && choices.oids.size > 0) sent += await deliverDigests(deps, ctx, channel, after, people, choices, now);
  return sent;
}

/**
 * The first digest moment strictly after an alert was raised: the school's
 * digest time that day, or the next day's. An alert is in the digest of that
 * moment (or, if a sweep missed it, of the first sweep after it).
 */
export function digestMomentFor(raisedAt: string, choices: Pick<DigestChoices, 'time'>, timeZone: string): Date {
  const raised = new Date(raisedAt);
  const day = localDate(raised, timeZone);
  const same = instantAt(day, choices.time, timeZone);
  return same.getTime() > raised.getTime() ? same : instantAt(addDays(day, 1), choices.time, timeZone);
}

async function deliverOne(
  deps: Deps, ctx: RequestContext, channel: AlertChannel, entry: Versioned<Alert>, people: Reachable[], wantsDigest: (p: Reachable) => boolean,
) {
  let { value: alert, etag } = entry;
  const recipients = people.filter((p) => isAudience(ctx, alert, p));
  let sent = 0;
  for (const person of recipients.filter((p) => !wantsDigest(p) && !alert.deliveredTo.some((d) => d.oid === p.oid))) {
    await channel.send(ctx.school, person.oid, alert, alertText(alert, ctx.school.timeZone));
    ({ value: alert, etag } = await recordDelivery(deps, ctx, alert, etag, person.oid));
    sent++;
  }
  ({ value: alert, etag } = await markIfDone(deps, alert, etag, recipients));
  return { sent, entry: { value: alert, etag } };
}

/**
 * One card per person who chose a digest, holding every alert for them whose
 * digest moment has come. Each alert is recorded as delivered to them only
 * after that card was sent: a crash before it leaves them for the next sweep.
 */
async function deliverDigests(
  deps: Deps, ctx: RequestContext, channel: AlertChannel, pending: Versioned<Alert>[], people: Reachable[], choices: DigestChoices, now: Date,
): Promise<number> {
  const due = new Map(pending.map((e) => [e.value.id, e] as const));
  let sent = 0;
  for (const person of people.filter((p) => choices.oids.has(p.oid))) {
    const time = choices.times?.get(person.oid) ?? choices.time;
    const mine = [...due.values()].filter((e) => isAudience(ctx, e.value, person) && !e.value.deliveredTo.some((d) => d.oid === person.oid)
      && digestMomentFor(e.value.raisedAt, { time }, ctx.school.timeZone).getTime() <= now.getTime());
    if (mine.length === 0) continue;
    await channel.digests!.send(ctx.school, person.oid, mine.map((e) => e.value));
    for (const e of mine) {
      let { value: alert, etag } = await recordDelivery(deps, ctx, e.value, e.etag, person.oid);
      ({ value: alert, etag } = await markIfDone(deps, alert, etag, people.filter((p) => isAudience(ctx, alert, p))));
      due.set(alert.id, { value: alert, etag });
      sent++;
    }
  }
  return sent;
}

async function recordDelivery(deps: Deps, ctx: RequestContext, alert: Alert, etag: string, oid: string) {
  const next = { ...alert, deliveredTo: [...alert.deliveredTo, { oid, at: deps.clock().toISOString() }] };
  const saved = await saveProgress(deps, next, etag);
  await audit(deps, ctx, { action: 'alert.deliver', recordType: alertRecord(alert).recordType, recordId: alertRecord(alert).recordId, outcome: 'success' });
  return saved;
}

/** Marks the alert delivered once everyone it is for (reachable now) has it. */
async function markIfDone(deps: Deps, alert: Alert, etag: string, recipients: Reachable[]) {
  if (recipients.length === 0 || !recipients.every((p) => alert.deliveredTo.some((d) => d.oid === p.oid))) return { value: alert, etag };
  return saveProgress(deps, { ...alert, status: 'delivered' }, etag);
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
  if (alert.audience === 'person') return alert.recipient?.oid.toLowerCase() === person.oid.toLowerCase();
  const actor = resolveActor({ tenantId: ctx.school.tenantId, oid: person.oid, name: person.name, groups: person.groups }, ctx.school);
  if (alert.audience === 'case-managers') {
    const to = alert.caseManagers;
    if (!to || to.excludeOid === actor.oid) return false;
    return to.route === 'chair' ? actor.caseManager?.chair === true : actor.caseManager?.head === true;
  }
  if (actor.roles.includes('dsl')) return true;
  const escalation = ctx.school.access.escalationGroups ?? [];
  return alert.audience === 'escalation' && person.groups.some((g) => escalation.includes(g));
}
