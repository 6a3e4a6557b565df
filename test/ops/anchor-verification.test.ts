import { describe, expect, it } from 'vitest';
import { anchorHash, buildAnchor } from '../../src/core/audit/anchor.js';
import { auditHash } from '../../src/core/audit/hash.js';
import { verifyAnchors } from '../../src/core/audit/verify-anchors.js';
import type { AuditAnchor } from '../../src/core/model/audit-anchor.js';
import type { AuditEvent } from '../../src/core/model/audit-event.js';
import { makeAuditEvent } from '../support/fixtures.js';

const SCHOOL = 'unit-school';
const ev = (id: string, at: string) => makeAuditEvent({ id, schoolId: SCHOOL, at, action: 'concern.read' });
const day1 = [ev('d1-a', '2026-01-05T09:00:00.000Z'), ev('d1-b', '2026-01-05T10:00:00.000Z'), ev('d1-c', '2026-01-05T11:00:00.000Z')];
const day2 = [ev('d2-a', '2026-01-06T09:00:00.000Z')];
const later = [ev('d3-a', '2026-01-07T09:00:00.000Z')];

function anchorsFor(...days: AuditEvent[][]): AuditAnchor[] {
  const out: AuditAnchor[] = [];
  for (const events of days) out.push(buildAnchor({ schoolId: SCHOOL, day: events[0]!.at.slice(0, 10), events, previous: out.at(-1), createdAt: '2026-01-08T00:00:00.000Z' }));
  return out;
}
const rehash = (e: AuditEvent, change: Partial<AuditEvent>) => ({ ...e, ...change, hash: auditHash({ ...e, ...change }) });

describe('verifying events against anchors', () => {
  const anchors = anchorsFor(day1, day2);

  it('accepts intact days and counts what is anchored and what is not yet', () => {
    const r = verifyAnchors([...later, ...day2, ...day1], anchors);
    expect(r).toEqual({ problems: [], anchoredThrough: '2026-01-06', anchoredEvents: 4, unanchoredEvents: 1 });
  });

  it('is independent of the order the store returns events in', () => {
    expect(verifyAnchors([...day1].reverse().concat(day2), anchors).problems).toEqual([]);
  });

  it('names the gap when the only event of a day is removed', () => {
    const [p] = verifyAnchors(day1, anchors).problems;
    expect(p).toMatchObject({ day: '2026-01-06', anchorId: `anchor:${SCHOOL}:2026-01-06` });
    expect(p!.problem).toContain('is missing (removed) between start of 2026-01-06 and end of 2026-01-06');
  });

  it('names the last event removed from a day by its neighbour', () => {
    const [p] = verifyAnchors([day1[0]!, day1[1]!, ...day2], anchors).problems;
    expect(p!.problem).toContain('missing (removed) between d1-b and end of 2026-01-05');
  });

  it('names an event appended to an anchored day', () => {
    const [p] = verifyAnchors([...day1, ev('d1-z', '2026-01-05T23:00:00.000Z'), ...day2], anchors).problems;
    expect(p).toMatchObject({ eventId: 'd1-z' });
    expect(p!.problem).toContain('not in the anchor for 2026-01-05');
  });

  it('names an event backdated to before the first anchor', () => {
    const [p] = verifyAnchors([ev('old', '2025-12-31T09:00:00.000Z'), ...day1, ...day2], anchors).problems;
    expect(p).toMatchObject({ eventId: 'old', day: '2025-12-31' });
    expect(p!.problem).toContain('not in any anchor, though days up to 2026-01-06 are anchored');
  });

  it('names an event moved to another anchored day (re-hashed)', () => {
    const moved = rehash(day1[1]!, { at: '2026-01-06T12:00:00.000Z' });
    const problems = verifyAnchors([day1[0]!, day1[2]!, ...day2, moved], anchors).problems.map((p) => p.problem);
    expect(problems).toEqual([
      expect.stringContaining('missing (removed) between d1-a and d1-c'),
      expect.stringContaining('not in the anchor for 2026-01-06'),
    ]);
  });

  it('survives an event whose time was replaced by garbage', () => {
    const broken = { ...day1[0]!, at: 42 as unknown as string };
    expect(verifyAnchors([broken, day1[1]!, day1[2]!, ...day2], anchors).problems.length).toBeGreaterThan(0);
  });

  it('detects a removed, changed or reordered anchor', () => {
    expect(verifyAnchors([...day1, ...day2], [anchors[1]!]).problems[0]!.problem).toBe('anchor 1 is missing (next found is 2)');
    expect(verifyAnchors([...day1, ...day2], [anchors[0]!, { ...anchors[1]!, digest: 'x' }]).problems[0]!.problem).toBe('anchor was changed after it was written');
    const swapped = anchorsFor(day2, day1).map((a, i) => ({ ...a, day: anchors[i]!.day }));
    expect(verifyAnchors([...day1, ...day2], swapped).problems.length).toBeGreaterThan(0);
  });

  it('names the day, not an event, when a very large day kept no fingerprints', () => {
    const bare: AuditAnchor[] = [];
    for (const a of anchors) {
      const body = { ...a, fingerprints: undefined, prev: bare.at(-1)?.hash ?? 'genesis' };
      bare.push({ ...body, hash: anchorHash(body) });
    }
    expect(verifyAnchors([...day1, ...day2], bare).problems).toEqual([]);
    const [p] = verifyAnchors([day1[0]!, ...day2], bare).problems;
    expect(p!.problem).toContain('holds no per-event fingerprints');
  });
});
