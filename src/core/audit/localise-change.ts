import type { AuditAnchor } from '../model/audit-anchor.js';
import type { AuditEvent } from '../model/audit-event.js';
import { fingerprint } from './anchor.js';
import type { TrailProblem } from './verify-trail.js';

/**
 * A day whose events no longer match its anchor: walks the stored events
 * (in anchor order) against the anchored fingerprints and names the first
 * event that was changed, added or reordered — or, for a removed event, the
 * events either side of the gap.
 */
export function localiseDayChange(events: readonly AuditEvent[], anchor: AuditAnchor): TrailProblem {
  const day = anchor.day;
  const base = { anchorId: anchor.id, day };
  const expected = anchor.fingerprints;
  if (!expected) {
    return { ...base, recordId: `anchor ${day}`, problem: `events of ${day} do not match anchor ${anchor.id} (${events.length} stored, ${anchor.count} anchored); the anchor holds no per-event fingerprints to name the event` };
  }
  const found = events.map(fingerprint);
  let i = 0;
  let j = 0;
  while (i < found.length && j < expected.length) {
    if (found[i] === expected[j]) {
      i++;
      j++;
      continue;
    }
    const e = events[i]!;
    const laterExpected = expected.indexOf(found[i]!, j + 1);
    const laterFound = found.indexOf(expected[j]!, i + 1);
    if (laterExpected === -1 && laterFound === -1) return { ...base, recordId: e.recordId, eventId: e.id, problem: `event differs from the one anchored for ${day} (changed and re-hashed, or replaced)` };
    if (laterExpected === -1) return { ...base, recordId: e.recordId, eventId: e.id, problem: `event is not in the anchor for ${day} (added or changed after anchoring)` };
    if (laterFound === -1) return gap(base, events, i);
    return { ...base, recordId: e.recordId, eventId: e.id, problem: `event is out of its anchored order on ${day} (reordered)` };
  }
  if (i < found.length) {
    const e = events[i]!;
    return { ...base, recordId: e.recordId, eventId: e.id, problem: `event is not in the anchor for ${day} (added after anchoring)` };
  }
  if (j < expected.length) return gap(base, events, i);
  return { ...base, recordId: `anchor ${day}`, problem: `events of ${day} do not match the digest of anchor ${anchor.id}` };
}

function gap(base: { anchorId: string; day: string }, events: readonly AuditEvent[], i: number): TrailProblem {
  const before = events[i - 1]?.id ?? `start of ${base.day}`;
  const after = events[i]?.id ?? `end of ${base.day}`;
  return {
    ...base,
    recordId: `anchor ${base.day}`,
    eventId: events[i]?.id ?? events[i - 1]?.id,
    problem: `an anchored event of ${base.day} is missing (removed) between ${before} and ${after}`,
  };
}
