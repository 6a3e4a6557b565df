import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../src/core/model/audit-event.js';
import type { AuditQuery } from '../../src/core/ports/store.js';
import { buildAnchor } from '../../src/core/audit/anchor.js';
import { auditHash } from '../../src/core/audit/hash.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';
import { makeAuditEvent } from '../support/fixtures.js';

const SCHOOL = 'audit-school';
let cosmos: TestCosmos;
let events: AuditEvent[];

beforeAll(async () => {
  cosmos = await startTestCosmos();
  // 24 events over 12 minutes, two per minute, appended out of time order.
  events = Array.from({ length: 24 }, (_, i) =>
    makeAuditEvent({
      id: `event-${String(i).padStart(2, '0')}`,
      schoolId: SCHOOL,
      oid: i % 2 ? 'oid-odd' : 'oid-even',
      action: i % 3 ? 'concern.read' : 'concern.update',
      recordId: `concern-${i % 4}`,
      outcome: i % 5 === 0 ? 'denied' : 'success',
      at: new Date(Date.UTC(2024, 2, 1, 9, Math.floor(i / 2))).toISOString(),
    }),
  );
  for (const e of [...events].reverse()) await cosmos.store.audit.append(e);
});
afterAll(async () => {
  await cosmos?.close();
});

const newestFirst = (a: AuditEvent, b: AuditEvent) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1);

async function drain(query: AuditQuery, limit: number): Promise<AuditEvent[][]> {
  const pages: AuditEvent[][] = [];
  let cursor: string | undefined;
  do {
    const page = await cosmos.store.audit.query(SCHOOL, query, { limit, cursor });
    pages.push(page.items);
    cursor = page.cursor;
  } while (cursor);
  return pages;
}

describe('audit store', () => {
  it('returns every event oldest first, unchanged (hash still verifies)', async () => {
    const all = await cosmos.store.audit.all(SCHOOL);
    expect(all.map((e) => e.id)).toEqual([...events].sort(newestFirst).reverse().map((e) => e.id));
    for (const e of all) expect(auditHash(e)).toBe(e.hash);
    expect(all[0]).toEqual(events[0]);
  });

  it('queries newest first, paged', async () => {
    const pages = await drain({}, 10);
    expect(pages.map((p) => p.length)).toEqual([10, 10, 4]);
    expect(pages.flat().map((e) => e.id)).toEqual([...events].sort(newestFirst).map((e) => e.id));
  });

  it.each<[string, AuditQuery, (e: AuditEvent) => boolean]>([
    ['oid', { oid: 'oid-odd' }, (e) => e.oid === 'oid-odd'],
    ['record', { recordId: 'concern-1' }, (e) => e.recordId === 'concern-1'],
    ['action', { action: 'concern.update' }, (e) => e.action === 'concern.update'],
    ['outcome', { outcome: 'denied' }, (e) => e.outcome === 'denied'],
    [
      'time (inclusive)',
      { from: '2024-03-01T09:03:00.000Z', to: '2024-03-01T09:05:00.000Z' },
      (e) => e.at >= '2024-03-01T09:03:00.000Z' && e.at <= '2024-03-01T09:05:00.000Z',
    ],
    ['several filters', { oid: 'oid-even', action: 'concern.read' }, (e) => e.oid === 'oid-even' && e.action === 'concern.read'],
    ['any of several records', { recordIds: ['concern-1', 'concern-3'] }, (e) => e.recordId === 'concern-1' || e.recordId === 'concern-3'],
  ])('filters by %s', async (_name, query, keep) => {
    const got = (await drain(query, 5)).flat().map((e) => e.id);
    const want = events.filter(keep).sort(newestFirst).map((e) => e.id);
    expect(want.length).toBeGreaterThan(0);
    expect(got).toEqual(want);
  });

  it('appends only: an existing event id is already_exists and the stored event is unchanged', async () => {
    const original = events[3]!;
    await expect(cosmos.store.audit.append({ ...original, outcome: 'failed' })).rejects.toMatchObject({ code: 'already_exists' });
    const stored = (await cosmos.store.audit.all(SCHOOL)).find((e) => e.id === original.id);
    expect(stored).toEqual(original);
  });
});

describe('audit store: ranges and anchors', () => {
  it('returns events in a half-open time range, oldest first', async () => {
    const got = await cosmos.store.audit.between(SCHOOL, '2024-03-01T09:03:00.000Z', '2024-03-01T09:05:00.000Z');
    const want = events.filter((e) => e.at >= '2024-03-01T09:03:00.000Z' && e.at < '2024-03-01T09:05:00.000Z').sort(newestFirst).reverse();
    expect(got.map((e) => e.id)).toEqual(want.map((e) => e.id));
    expect((await cosmos.store.audit.between(SCHOOL, undefined, '2024-03-01T09:01:00.000Z')).map((e) => e.id)).toEqual(['event-00', 'event-01']);
  });

  it('creates anchors once (a repeat is refused, the stored one stands) and lists them per school by day', async () => {
    const day1 = buildAnchor({ schoolId: SCHOOL, day: '2024-03-01', events, createdAt: '2024-03-02T01:00:00.000Z' });
    const day2 = buildAnchor({ schoolId: SCHOOL, day: '2024-03-02', events: events.slice(0, 1), previous: day1, createdAt: '2024-03-03T01:00:00.000Z' });
    expect(await cosmos.store.auditAnchors.create(day2)).toBe(true);
    expect(await cosmos.store.auditAnchors.create(day1)).toBe(true);
    expect(await cosmos.store.auditAnchors.create({ ...day1, count: 0 })).toBe(false);
    await cosmos.store.auditAnchors.create(buildAnchor({ schoolId: 'another-school', day: '2024-03-01', events, createdAt: '2024-03-02T01:00:00.000Z' }));
    expect(await cosmos.store.auditAnchors.list(SCHOOL)).toEqual([day1, day2]);
    expect(await cosmos.store.auditAnchors.get(SCHOOL, day1.id)).toEqual(day1);
    expect(await cosmos.store.auditAnchors.get('another-school', day1.id)).toBeUndefined();
  });
});
