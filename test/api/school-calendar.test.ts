import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAllSchools } from '../../src/ops/verify-all-schools.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const calendar = { terms: [{ start: '2027-01-05', end: '2027-02-12' }, { start: '2027-02-22', end: '2027-03-26' }], closures: ['2027-02-01'] };

describe('school calendar (term dates and closures)', () => {
  it('lets the admin replace term dates, versioned and audited in a chain that verifies', async () => {
    const before = await t.call('admin', 'GET', '/api/school-calendar');
    expect(before.status).toBe(200);
    expect(before.json.terms.length).toBeGreaterThan(0);
    const put = await t.call('admin', 'PUT', '/api/school-calendar', { body: calendar, headers: { 'if-match': before.headers.get('etag')! } });
    expect(put.status).toBe(200);
    expect(put.json).toMatchObject({ terms: calendar.terms, closures: calendar.closures, endOfDay: '17:00' });
    const dsl = await t.call('dsl', 'GET', '/api/school-calendar');
    expect(dsl.json.terms).toEqual(calendar.terms);
    const history = await t.call('admin', 'GET', '/api/access-config');
    expect(JSON.stringify(history.json)).toContain('2027-02-22');
    const events = (await t.call('admin', 'GET', '/api/audit-events?recordId=access-config')).json.items.map((e: { action: string }) => e.action);
    expect(events).toContain('calendar.update');
    const lines: string[] = [];
    expect(await verifyAllSchools(t.cosmos.store, (l) => lines.push(l))).toBe(true);
  });

  it('refuses staff and DSLs, stale and missing versions, and bad dates', async () => {
    const current = await t.call('admin', 'GET', '/api/school-calendar');
    const etag = current.headers.get('etag')!;
    expect((await t.call('teacher', 'GET', '/api/school-calendar')).status).toBe(403);
    expect((await t.call('dsl', 'PUT', '/api/school-calendar', { body: calendar, headers: { 'if-match': etag } })).status).toBe(403);
    expect((await t.call('admin', 'PUT', '/api/school-calendar', { body: calendar })).status).toBe(428);
    expect((await t.call('admin', 'PUT', '/api/school-calendar', { body: calendar, headers: { 'if-match': '"stale"' } })).status).toBe(412);
    for (const [body, field] of [
      [{ terms: [{ start: '2027-03-01', end: '2027-02-01' }] }, 'terms.0.end'],
      [{ terms: [{ start: '2027-01-05', end: '2027-02-12' }, { start: '2027-02-01', end: '2027-03-01' }] }, 'terms'],
      [{ terms: [], closures: ['next tuesday'] }, 'closures.0'],
      [{ terms: [], endOfDay: '25:00' }, 'endOfDay'],
    ] as const) {
      const r = await t.call('admin', 'PUT', '/api/school-calendar', { body, headers: { 'if-match': etag } });
      expect(r.status, field).toBe(422);
      expect(JSON.stringify(r.json.error.problems)).toContain(field);
    }
  });
});
