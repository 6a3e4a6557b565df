import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAllSchools } from '../../src/ops/verify-all-schools.js';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const log = async (overrides: Record<string, unknown> = {}) => {
  const r = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody(overrides) });
  expect(r.status).toBe(201);
  return { id: r.json.id as string, etag: r.headers.get('etag')! };
};
const decide = (persona: string, id: string, etag: string | undefined, body: Record<string, unknown>) =>
  t.call(persona, 'PATCH', `/api/concerns/${id}`, { body: { op: 'parentalNotification', ...body }, headers: etag ? { 'if-match': etag } : {} });

describe('parental notification decision', () => {
  it('lets a DSL record and later change the decision, each as a new audited version', async () => {
    const c = await log();
    const notTold = await decide('dsl', c.id, c.etag, { informed: false, reason: 'Telling home could put her at risk; social care advised against it.' });
    expect(notTold.status).toBe(200);
    expect(notTold.json.parentsInformed).toMatchObject({ informed: false, reason: expect.stringContaining('social care'), decidedBy: { name: 'Alex Morgan' } });
    const told = await decide('dsl', c.id, notTold.headers.get('etag')!, { informed: true, at: '2026-11-02T15:30:00Z', by: 'Class teacher at pick-up' });
    expect(told.status).toBe(200);
    expect(told.json.parentsInformed).toMatchObject({ informed: true, at: '2026-11-02T15:30:00Z', by: 'Class teacher at pick-up' });
    expect(told.json.version).toBe(3);
    const got = await t.call('dsl', 'GET', `/api/concerns/${c.id}`);
    const fields = got.json.history.flatMap((v: { changes: { field: string }[] }) => v.changes.map((ch) => ch.field));
    expect(fields.filter((f: string) => f === 'parentsInformed')).toHaveLength(2);
    expect(got.json.history.at(-1).changes[0].before.informed).toBe(false);
    const events = (await t.call('dsl', 'GET', `/api/audit-events?recordId=${c.id}`)).json.items.map((e: { action: string }) => e.action);
    expect(events.filter((a: string) => a === 'concern.parentalNotification')).toHaveLength(2);
    expect(await verifyAllSchools(t.cosmos.store, () => {})).toBe(true);
  });

  it('stays editable by a DSL after the concern is closed', async () => {
    const c = await log();
    const triaged = await t.call('dsl', 'PATCH', `/api/concerns/${c.id}`, { body: { op: 'triage', decision: 'monitor', reasons: 'Watch and wait.' }, headers: { 'if-match': c.etag } });
    const closed = await t.call('dsl', 'PATCH', `/api/concerns/${c.id}`, { body: { op: 'close', outcome: 'Resolved', summary: 'Monitored, no further concerns.' }, headers: { 'if-match': triaged.headers.get('etag')! } });
    expect(closed.status).toBe(200);
    const r = await decide('dsl', c.id, closed.headers.get('etag')!, { informed: true, at: '2026-11-03T09:00:00Z' });
    expect(r.status).toBe(200);
  });

  it('refuses the teacher who logged it, the admin and another school; stale and missing If-Match', async () => {
    const c = await log();
    const body = { informed: false, reason: 'No reason' };
    expect((await decide('teacher', c.id, c.etag, body)).status).toBe(403);
    expect((await decide('teacher2', c.id, c.etag, body)).status).toBe(404);
    expect((await decide('admin', c.id, c.etag, body)).status).toBe(404);
    expect((await decide('otherDsl', c.id, c.etag, body)).status).toBe(404);
    expect((await decide('dsl', c.id, undefined, body)).status).toBe(428);
    expect((await decide('dsl', c.id, '"stale"', body)).status).toBe(412);
    const after = await t.call('dsl', 'GET', `/api/concerns/${c.id}`);
    expect(after.json.version).toBe(1);
    expect(after.json.can.decideParentalNotification).toBe(true);
  });

  it('says what to fix when the decision is incomplete, and stores nothing', async () => {
    const c = await log();
    for (const [body, field] of [
      [{ informed: false }, 'reason'],
      [{ informed: true }, 'at'],
      [{ informed: true, at: '2099-01-01T09:00:00Z' }, 'at'],
      [{ informed: false, reason: 'x', at: '2026-11-02T15:30:00Z' }, 'at'],
      [{ informed: 'maybe', reason: 'x' }, 'informed'],
    ] as const) {
      const r = await decide('dsl', c.id, c.etag, body);
      expect(r.status, JSON.stringify(body)).toBe(422);
      expect(JSON.stringify(r.json.error.problems)).toContain(field);
    }
    expect((await t.call('dsl', 'GET', `/api/concerns/${c.id}`)).json.version).toBe(1);
  });
});

describe('parental notification report', () => {
  it('lists concerns where parents were not informed, with the reason, for DSLs only', async () => {
    const script = '<script>alert(1)</script> dad not told';
    const notTold = await log({ parentsInformed: { informed: false, reason: script } });
    const told = await log({ parentsInformed: { informed: true } });
    const r = await t.call('dsl', 'GET', '/api/reports/parental-notification?limit=100');
    expect(r.status).toBe(200);
    const row = r.json.items.find((i: { concernId: string }) => i.concernId === notTold.id);
    expect(row).toMatchObject({ reason: script, children: [{ childId: 'child-001', name: expect.any(String) }] });
    expect(r.json.items.some((i: { concernId: string }) => i.concernId === told.id)).toBe(false);
    expect(r.json.items.every((i: { reason: string }) => i.reason.length > 0)).toBe(true);
    for (const persona of ['teacher', 'admin', 'senco']) {
      expect((await t.call(persona, 'GET', '/api/reports/parental-notification')).status, persona).toBe(403);
    }
    const other = await t.call('otherDsl', 'GET', '/api/reports/parental-notification?limit=100');
    expect(other.status).toBe(200);
    expect(other.json.items).toEqual([]);
    expect((await t.call('dsl', 'GET', '/api/reports/parental-notification?limit=0')).status).toBe(422);
  });

  it('drops a concern from the report once a DSL records that parents were told', async () => {
    const c = await log();
    await decide('dsl', c.id, c.etag, { informed: true, at: '2026-11-02T15:30:00Z', by: 'DSL by phone' });
    const r = await t.call('dsl', 'GET', '/api/reports/parental-notification?limit=100');
    expect(r.json.items.some((i: { concernId: string }) => i.concernId === c.id)).toBe(false);
  });
});
