import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Concern } from '../../src/core/model/concern.js';
import type { ConcernQuery, PageRequest } from '../../src/core/ports/store.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';
import { auditFor, makeConcern } from '../support/fixtures.js';

const SCHOOL_A = 'school-a';
const SCHOOL_B = 'school-b';
const PEOPLE = ['oid-0', 'oid-1', 'oid-2', 'oid-3', 'oid-4'].map((oid) => ({ oid, name: oid }));
const SHARED_CHILD = 'child-shared';
const CATEGORY_SETS = [['send'], ['welfare', 'bullying'], ['attendance'], ['welfare']];
const COUNT = 30;

let cosmos: TestCosmos;
let concerns: Concern[];

/** Thirty concerns with pairs of equal recordedAt (to exercise the id tie-break) and a spread of fields. */
function schoolAConcern(i: number): Concern {
  const recordedAt = new Date(Date.UTC(2024, 0, 1 + Math.floor(i / 2))).toISOString();
  return makeConcern({
    id: `concern-${String(i).padStart(2, '0')}`,
    schoolId: SCHOOL_A,
    recordedAt,
    updatedAt: recordedAt,
    occurredAt: new Date(Date.UTC(2023, 11, 1) + ((i * 7) % COUNT) * 3_600_000).toISOString(),
    status: (['new', 'triaged', 'closed'] as const)[i % 3],
    categories: CATEGORY_SETS[i % 4]!,
    createdBy: PEOPLE[i % 5]!,
    alertedStaff: i % 6 === 0 ? [PEOPLE[4]!] : [],
    alertedOids: i % 6 === 0 ? [PEOPLE[4]!.oid] : [],
    childIds: i % 7 === 0 ? [SHARED_CHILD, `child-${i}`] : [`child-${i}`],
  });
}

beforeAll(async () => {
  cosmos = await startTestCosmos();
  concerns = Array.from({ length: COUNT }, (_, i) => schoolAConcern(i));
  for (const c of concerns) await cosmos.store.concerns.create(c, auditFor(c));
  // School B reuses the very same ids: only the partition tells them apart.
  for (const c of concerns.slice(0, 10)) {
    const twin = { ...c, schoolId: SCHOOL_B, status: 'new' as const, createdBy: PEOPLE[0]! };
    await cosmos.store.concerns.create(twin, auditFor(twin));
  }
});
afterAll(async () => {
  await cosmos?.close();
});

async function queryAllPages(query: ConcernQuery, limit = 10, schoolId = SCHOOL_A): Promise<Concern[][]> {
  const pages: Concern[][] = [];
  let page: PageRequest = { limit };
  for (;;) {
    const result = await cosmos.store.concerns.query(schoolId, query, page);
    pages.push(result.items);
    if (!result.cursor) return pages;
    page = { limit, cursor: result.cursor };
  }
}

const ids = (items: Concern[]) => items.map((c) => c.id);
const byKeys = (key: 'recordedAt' | 'occurredAt', dir: 1 | -1) => (a: Concern, b: Concern) =>
  (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.id < b.id ? -1 : 1) * dir;
const expected = (keep: (c: Concern) => boolean, order = byKeys('recordedAt', -1)) =>
  ids(concerns.filter(keep).sort(order));
const all = (q: Partial<ConcernQuery> = {}): ConcernQuery => ({ scope: { kind: 'all' }, order: 'recordedAt-desc', ...q });

describe('concerns.query paging and order', () => {
  it('pages through every concern exactly once, newest first, 10 at a time', async () => {
    const pages = await queryAllPages(all());
    expect(pages.map((p) => p.length)).toEqual([10, 10, 10]);
    expect(ids(pages.flat())).toEqual(expected(() => true));
  });

  it('orders oldest first and by occurrence', async () => {
    const asc = await queryAllPages(all({ order: 'recordedAt-asc' }), 7);
    expect(ids(asc.flat())).toEqual(expected(() => true, byKeys('recordedAt', 1)));
    const occurred = await queryAllPages(all({ order: 'occurredAt-asc' }), 100);
    expect(ids(occurred.flat())).toEqual(expected(() => true, byKeys('occurredAt', 1)));
  });

  it('rejects a cursor that is not one of ours', async () => {
    await expect(cosmos.store.concerns.query(SCHOOL_A, all(), { limit: 10, cursor: '%%%' })).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });
});

describe('concerns.query scope', () => {
  it('matches any of creator, alerted person or readable category', async () => {
    const scope = { kind: 'some' as const, createdByOid: 'oid-1', alertedOid: 'oid-4', categories: ['send', 'bullying'] };
    const got = await queryAllPages(all({ scope }));
    const want = expected(
      (c) => c.createdBy.oid === 'oid-1' || c.alertedOids.includes('oid-4') || c.categories.some((k) => ['send', 'bullying'].includes(k)),
    );
    expect(ids(got.flat())).toEqual(want);
    expect(want.length).toBeLessThan(COUNT);
  });

  it.each([
    [{ createdByOid: 'oid-2' }, (c: Concern) => c.createdBy.oid === 'oid-2'],
    [{ alertedOid: 'oid-4' }, (c: Concern) => c.alertedOids.includes('oid-4')],
    [{ categories: ['attendance'] }, (c: Concern) => c.categories.includes('attendance')],
  ])('uses only the conditions present: %j', async (conditions, keep) => {
    const got = await queryAllPages(all({ scope: { kind: 'some', ...conditions } }));
    expect(ids(got.flat())).toEqual(expected(keep));
  });

  it('returns an empty page without asking the store when the scope has no condition', async () => {
    const before = cosmos.requestCount();
    const page = await cosmos.store.concerns.query(SCHOOL_A, all({ scope: { kind: 'some', categories: [] } }), { limit: 10 });
    expect(page).toEqual({ items: [] });
    expect(cosmos.requestCount()).toBe(before);
  });
});

describe('concerns.query filters', () => {
  it.each<[string, Partial<ConcernQuery>, (c: Concern) => boolean]>([
    ['status', { status: 'triaged' }, (c) => c.status === 'triaged'],
    ['child', { childId: SHARED_CHILD }, (c) => c.childIds.includes(SHARED_CHILD)],
    ['category', { category: 'welfare' }, (c) => c.categories.includes('welfare')],
    [
      'occurred between (inclusive)',
      { occurredFrom: '2023-12-01T05:00:00.000Z', occurredTo: '2023-12-01T12:00:00.000Z' },
      (c) => c.occurredAt >= '2023-12-01T05:00:00.000Z' && c.occurredAt <= '2023-12-01T12:00:00.000Z',
    ],
    ['status within scope', { status: 'new', scope: { kind: 'some', createdByOid: 'oid-0' } }, (c) => c.status === 'new' && c.createdBy.oid === 'oid-0'],
  ])('filters by %s', async (_name, filters, keep) => {
    const got = await queryAllPages(all(filters));
    const want = expected(keep);
    expect(want.length).toBeGreaterThan(0);
    expect(ids(got.flat())).toEqual(want);
  });
});

describe('school isolation', () => {
  it("never returns another school's documents, even with the same ids", async () => {
    const a = (await queryAllPages(all(), 100)).flat();
    expect(a).toHaveLength(COUNT);
    expect(a.every((c) => c.schoolId === SCHOOL_A)).toBe(true);
    const b = (await queryAllPages(all(), 100, SCHOOL_B)).flat();
    expect(b).toHaveLength(10);
    expect(b.every((c) => c.schoolId === SCHOOL_B)).toBe(true);
    expect((await cosmos.store.concerns.get(SCHOOL_A, 'concern-00'))?.value.schoolId).toBe(SCHOOL_A);
    expect((await cosmos.store.concerns.get(SCHOOL_B, 'concern-00'))?.value.schoolId).toBe(SCHOOL_B);
    expect(await cosmos.store.concerns.get('school-c', 'concern-00')).toBeUndefined();
  });

  it("keeps audit trails apart: a school's audit query only sees its own events", async () => {
    const eventsA = await cosmos.store.audit.all(SCHOOL_A);
    const eventsB = await cosmos.store.audit.all(SCHOOL_B);
    expect(eventsA).toHaveLength(COUNT);
    expect(eventsB).toHaveLength(10);
    expect(eventsA.every((e) => e.schoolId === SCHOOL_A)).toBe(true);
    const unknown = await cosmos.store.audit.query(randomUUID(), {}, { limit: 10 });
    expect(unknown).toEqual({ items: [] });
  });
});
