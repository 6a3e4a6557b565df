import { buildAnchor, dayStart, nextDay, utcDay } from '../audit/anchor.js';
import type { AuditAnchor } from '../model/audit-anchor.js';
import type { AuditEvent } from '../model/audit-event.js';
import type { Store } from '../ports/store.js';

/**
 * A day is anchored only once it has been over for this long, so an event
 * still being written as the day ends (clock skew between instances, a slow
 * request) is inside its day's anchor, not after it.
 */
export const ANCHOR_GRACE_MS = 15 * 60_000;

export interface AnchorResult {
  created: string[];
  /** Days another writer anchored first (409): the stored anchor stands. */
  alreadyAnchored: string[];
  /** The newest anchored day after this run. */
  anchoredThrough?: string;
}

/**
 * Anchors one school's audit events, one anchor per UTC day that has events,
 * from the day after its newest anchor up to the last day that ended at or
 * before `until` (never later than `now` less the grace). Idempotent: a second
 * run finds nothing new; a concurrent run's anchor wins and this one follows it.
 */
export async function anchorSchoolAudit(store: Store, schoolId: string, until: Date, now: Date): Promise<AnchorResult> {
  const limit = Math.min(until.getTime(), now.getTime() - ANCHOR_GRACE_MS);
  const endDay = utcDay(new Date(limit).toISOString()); // days strictly before it have ended by `limit`
  const anchors = await store.auditAnchors.list(schoolId);
  let last: AuditAnchor | undefined = anchors.at(-1);
  const result: AnchorResult = { created: [], alreadyAnchored: [], anchoredThrough: last?.day };
  const fromDay = last ? nextDay(last.day) : undefined;
  if (fromDay !== undefined && fromDay >= endDay) return result;
  const events = await store.audit.between(schoolId, fromDay && dayStart(fromDay), dayStart(endDay));
  for (const [day, dayEvents] of byDay(events)) {
    const anchor = buildAnchor({ schoolId, day, events: dayEvents, previous: last, createdAt: now.toISOString() });
    if (await store.auditAnchors.create(anchor)) {
      result.created.push(day);
      last = anchor;
    } else {
      result.alreadyAnchored.push(day);
      last = (await store.auditAnchors.get(schoolId, anchor.id)) ?? anchor;
    }
    result.anchoredThrough = day;
  }
  return result;
}

function byDay(events: readonly AuditEvent[]): Map<string, AuditEvent[]> {
  const days = new Map<string, AuditEvent[]>();
  for (const e of events) (days.get(utcDay(e.at)) ?? days.set(utcDay(e.at), []).get(utcDay(e.at))!).push(e);
  return new Map([...days].sort(([a], [b]) => (a < b ? -1 : 1)));
}
