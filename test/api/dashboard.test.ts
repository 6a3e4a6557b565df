import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personaByKey } from '../../src/local/demo-identity.js';
import { auditFor, makeConcern } from '../support/fixtures.js';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const dsl = personaByKey('dsl')!;

async function triagedConcern() {
  const created = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ categories: ['attendance'] }) });
  const triaged = await t.call('dsl', 'PATCH', `/api/concerns/${created.json.id}`, {
    body: { op: 'triage', decision: 'monitor', reasons: 'Watch attendance.' },
    headers: { 'if-match': created.headers.get('etag')! },
  });
  return { id: created.json.id as string, etag: triaged.headers.get('etag')! };
}

async function addAction(id: string, etag: string, description: string, dueDate: string) {
  const r = await t.call('dsl', 'PATCH', `/api/concerns/${id}`, {
    body: { op: 'addAction', description, assignee: { oid: dsl.oid, name: dsl.name }, dueDate },
    headers: { 'if-match': etag },
  });
  expect(r.status).toBe(200);
  return r.headers.get('etag')!;
}

describe('GET /api/dashboard (DSL home)', () => {
  it('shows the triage queue oldest first, with children named and the total waiting', async () => {
    const r = await t.call('dsl', 'GET', '/api/dashboard');
    expect(r.status).toBe(200);
    const items = r.json.triage.items as { recordedAt: string; children: { name: string }[] }[];
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.map((i) => i.recordedAt)).toEqual([...items.map((i) => i.recordedAt)].sort());
    expect(r.json.triage.total).toBeGreaterThanOrEqual(items.length);
    expect(items.flatMap((i) => i.children.map((c) => c.name))).toContain('Harry Nguyen');
  });

  it('splits open actions into overdue and due soon, leaving out done ones and later ones', async () => {
    const { id, etag } = await triagedConcern();
    let e = await addAction(id, etag, 'Phone home about attendance', daysFromToday(-2));
    e = await addAction(id, e, 'Meet with parents', daysFromToday(2));
    await addAction(id, e, 'Review at half term', daysFromToday(40));
    const r = await t.call('dsl', 'GET', '/api/dashboard');
    const describe = (list: { description: string }[]) => list.map((a) => a.description);
    expect(describe(r.json.actions.overdue)).toContain('Phone home about attendance');
    expect(describe(r.json.actions.dueSoon)).toContain('Meet with parents');
    expect([...describe(r.json.actions.overdue), ...describe(r.json.actions.dueSoon)]).not.toContain('Review at half term');
    expect(r.json.actions.overdue[0].children[0].name).toBe('Amara Okafor');
  });

  it('counts by category for this week, this term and this school year', async () => {
    const r = await t.call('dsl', 'GET', '/api/dashboard');
    const windows = r.json.counts as { key: string; total: number; byCategory: { category: string; count: number }[] }[];
    expect(windows.map((w) => w.key)).toEqual(['week', 'term', 'year']);
    const year = windows[2]!;
    expect(year.byCategory).toHaveLength(12);
    expect(year.byCategory.find((c) => c.category === 'attendance')!.count).toBeGreaterThanOrEqual(1);
    expect(year.total).toBeGreaterThanOrEqual(windows[0]!.total);
  });

  it('flags a child with 3 or more concerns in 30 days, and honours a different rule', async () => {
    const r = await t.call('dsl', 'GET', '/api/dashboard');
    expect(r.json.patterns.rule).toEqual({ minConcerns: 3, days: 30 });
    expect(r.json.patterns.items).toContainEqual(expect.objectContaining({ childId: 'child-008', name: 'Harry Nguyen', concerns: 3 }));
    const strict = await t.call('dsl', 'GET', '/api/dashboard?patternCount=3&patternDays=7');
    expect(strict.json.patterns.items.map((p: { childId: string }) => p.childId)).not.toContain('child-008');
  });

  it('is for DSLs: staff, category readers and admins are refused', async () => {
    for (const persona of ['teacher', 'senco', 'admin']) {
      const r = await t.call(persona, 'GET', '/api/dashboard');
      expect(r.status, persona).toBe(403);
    }
    expect((await t.call('outsider', 'GET', '/api/dashboard')).status).toBe(403);
  });

  it('rejects an unknown or out-of-range rule', async () => {
    expect((await t.call('dsl', 'GET', '/api/dashboard?patternDays=400')).status).toBe(422);
    expect((await t.call('dsl', 'GET', '/api/dashboard?surprise=1')).status).toBe(422);
  });

  it('costs the same number of store requests however much history there is', async () => {
    await t.call('dsl', 'GET', '/api/dashboard');
    const before = t.cosmos.requestCount();
    await t.call('dsl', 'GET', '/api/dashboard');
    const small = t.cosmos.requestCount() - before;
    for (let i = 0; i < 150; i++) {
      const at = new Date(Date.UTC(2019, 0, 1 + i)).toISOString();
      const c = makeConcern({ schoolId: 'demo-primary', status: 'closed', recordedAt: at, occurredAt: at, children: [{ childId: 'child-002', role: 'subject' }] });
      await t.cosmos.store.concerns.create(c, auditFor(c));
    }
    const after = t.cosmos.requestCount();
    await t.call('dsl', 'GET', '/api/dashboard');
    expect(t.cosmos.requestCount() - after).toBe(small);
  });
});

describe('GET /api/me', () => {
  it('tells the tab who the caller is and which parts to offer', async () => {
    const me = async (persona: string) => (await t.call(persona, 'GET', '/api/me')).json;
    const d = await me('dsl');
    expect(d).toMatchObject({ name: 'Alex Morgan', school: { id: 'demo-primary' } });
    expect(d.can).toMatchObject({ dashboard: true, search: true, createConcern: true, readChronology: true });
    expect(d.categories).toHaveLength(12);
    expect((await me('teacher')).can).toMatchObject({ dashboard: false, search: false, createConcern: true, readChronology: false });
    expect((await me('senco')).can).toMatchObject({ dashboard: false, search: true, readChronology: true });
    expect((await me('admin')).can).toMatchObject({ dashboard: false, createConcern: false, listAuditEvents: true });
    expect((await t.call('outsider', 'GET', '/api/me')).status).toBe(403);
  });
});

describe('GET /api/me/concerns (My concerns)', () => {
  it('lists what the caller logged or was alerted to, never other staff\'s', async () => {
    const mine = await t.call('teacher2', 'POST', '/api/concerns', { body: concernBody({ account: 'Logged by teacher2' }) });
    const teacher = await t.call('teacher', 'GET', '/api/me/concerns?limit=100');
    expect(teacher.status).toBe(200);
    const ids = teacher.json.items.map((c: { id: string }) => c.id);
    expect(ids).not.toContain(mine.json.id);
    expect(teacher.json.items.every((c: { createdBy: { name: string } }) => c.createdBy.name === 'Jo Bennett')).toBe(true);
    const own = await t.call('teacher2', 'GET', '/api/me/concerns?limit=100');
    expect(own.json.items[0]).toMatchObject({ id: mine.json.id, status: 'new', children: [{ childId: 'child-001', name: 'Amara Okafor' }] });
  });

  it('gives a DSL their own list, not the whole school', async () => {
    const r = await t.call('dsl', 'GET', '/api/me/concerns?limit=100');
    const alerted = r.json.items.filter((c: { createdBy: { name: string } }) => c.createdBy.name !== 'Alex Morgan');
    expect(alerted.length).toBe(2); // the two seeded concerns that alerted the DSL
  });
});
