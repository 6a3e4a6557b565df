import type { AuditAnchor } from '../model/audit-anchor.js';
import type { AuditEvent } from '../model/audit-event.js';
import { anchorHash, eventsDigest, inAnchorOrder, utcDay } from './anchor.js';
import { GENESIS } from './hash.js';
import { localiseDayChange } from './localise-change.js';
import type { TrailProblem } from './verify-trail.js';

export interface AnchorCheck {
  problems: TrailProblem[];
  /** The newest anchored day, if any: events after it are checked by hash and chain only. */
  anchoredThrough?: string;
  anchoredEvents: number;
  unanchoredEvents: number;
}

/**
 * Checks a school's anchors and its events against them: the anchors form an
 * unbroken chain (none changed, removed or reordered), and every anchored
 * day's events are exactly those anchored — same count, same digest in the
 * defined order — and no event dated inside the anchored range lacks its anchor.
 */
export function verifyAnchors(events: readonly AuditEvent[], anchors: readonly AuditAnchor[]): AnchorCheck {
  const sorted = [...anchors].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const problems = verifyAnchorChain(sorted);
  const anchoredThrough = sorted.at(-1)?.day;
  const byDay = new Map<string, AuditEvent[]>();
  for (const e of events) (byDay.get(utcDay(e.at)) ?? byDay.set(utcDay(e.at), []).get(utcDay(e.at))!).push(e);
  const anchorOf = new Map(sorted.map((a) => [a.day, a]));
  const days = [...new Set([...byDay.keys(), ...anchorOf.keys()])].filter((d) => anchoredThrough !== undefined && d <= anchoredThrough).sort();
  let anchoredEvents = 0;
  for (const day of days) {
    const dayEvents = inAnchorOrder(byDay.get(day) ?? []);
    anchoredEvents += dayEvents.length;
    const anchor = anchorOf.get(day);
    if (!anchor) {
      const e = dayEvents[0]!;
      problems.push({ recordId: e.recordId, eventId: e.id, day, problem: `event dated ${day} is not in any anchor, though days up to ${anchoredThrough} are anchored (added or moved after anchoring)` });
    } else if (anchor.count !== dayEvents.length || anchor.digest !== eventsDigest(dayEvents)) {
      problems.push(localiseDayChange(dayEvents, anchor));
    }
  }
  return { problems, anchoredThrough, anchoredEvents, unanchoredEvents: events.length - anchoredEvents };
}

function verifyAnchorChain(sorted: readonly AuditAnchor[]): TrailProblem[] {
  let prev = GENESIS;
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    const where = { recordId: `anchor ${a.day}`, anchorId: a.id, day: a.day };
    if (anchorHash(a) !== a.hash) return [{ ...where, problem: 'anchor was changed after it was written' }];
    if (a.seq !== i + 1) return [{ ...where, problem: `anchor ${i + 1} is missing (next found is ${a.seq})` }];
    if (a.prev !== prev) return [{ ...where, problem: `anchor ${a.seq} does not follow anchor ${i}` }];
    prev = a.hash;
  }
  return [];
}
