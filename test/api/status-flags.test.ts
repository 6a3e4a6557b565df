import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const set = (persona: string, childId: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.call(persona, 'POST', `/api/children/${childId}/status-flags`, { body, headers });

describe('child status flags', () => {
  it('a DSL sets a child protection plan with its category, ends it, and the history is kept', async () => {
    const r = await set('dsl', 'child-003', { flag: 'child-protection-plan', cpCategory: 'neglect', startDate: '2026-09-01' });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ flag: 'child-protection-plan', cpCategory: 'neglect', current: true, source: 'dsl' });
    const ended = await t.call('dsl', 'PATCH', `/api/status-flags/${r.json.id}`, { body: { op: 'end', endDate: '2026-11-01' }, headers: { 'if-match': r.headers.get('etag')! } });
    expect(ended.status).toBe(200);
    expect(ended.json).toMatchObject({ endDate: '2026-11-01', current: false, version: 2 });
    const again = await set('dsl', 'child-003', { flag: 'child-protection-plan', cpCategory: 'multiple', startDate: '2026-11-20' });
    expect(again.status).toBe(201);
    const list = await t.call('dsl', 'GET', '/api/children/child-003/status-flags');
    expect(list.json.items.map((f: { cpCategory: string; current: boolean }) => [f.cpCategory, f.current])).toEqual([['neglect', false], ['multiple', true]]);
    const events = await t.call('dsl', 'GET', `/api/audit-events?recordId=${r.json.id}`);
    expect(events.json.items.map((e: { action: string }) => e.action).sort()).toEqual(['statusFlag.end', 'statusFlag.set']);
  });

  it('refuses overlapping periods of one status, a plan without a category, and an end before the start', async () => {
    await set('dsl', 'child-004', { flag: 'early-help', startDate: '2026-10-01' });
    expect((await set('dsl', 'child-004', { flag: 'early-help', startDate: '2026-10-15' })).status).toBe(422);
    expect((await set('dsl', 'child-004', { flag: 'child-protection-plan', startDate: '2026-10-15' })).status).toBe(422);
    expect((await set('dsl', 'child-004', { flag: 'young-carer', startDate: '2026-10-15', endDate: '2026-10-01' })).status).toBe(422);
    expect((await set('dsl', 'child-004', { flag: 'adopted', startDate: '2026-10-15' })).status).toBe(422);
    expect((await t.call('dsl', 'POST', '/api/children/child-004/status-flags', { rawBody: '{"flag":' })).status).toBe(400);
  });

  it('a retry with the same Idempotency-Key returns the original', async () => {
    const key = randomUUID();
    const a = await set('dsl', 'child-005', { flag: 'young-carer', startDate: '2026-10-01' }, { 'idempotency-key': key });
    const b = await set('dsl', 'child-005', { flag: 'young-carer', startDate: '2026-10-01' }, { 'idempotency-key': key });
    expect([a.status, b.status]).toEqual([201, 200]);
    expect(b.json.id).toBe(a.json.id);
  });

  it('only DSLs see safeguarding flags; the SENCO sees SEN flags only; others see none', async () => {
    await set('dsl', 'child-006', { flag: 'looked-after', startDate: '2026-01-10' });
    await set('dsl', 'child-006', { flag: 'ehcp', startDate: '2025-06-01' });
    const senco = await t.call('senco', 'GET', '/api/children/child-006/status-flags');
    expect(senco.json.items.map((f: { flag: string }) => f.flag)).toEqual(['ehcp']);
    expect(senco.json.canSet).toBe(false);
    expect((await set('senco', 'child-006', { flag: 'sen-support', startDate: '2026-01-10' })).status).toBe(403);
    expect((await t.call('teacher2', 'GET', '/api/children/child-006/status-flags')).status).toBe(403);
    expect((await t.call('admin', 'GET', '/api/children/child-006/status-flags')).status).toBe(403);
    expect((await set('teacher', 'child-006', { flag: 'looked-after', startDate: '2026-01-10' })).status).toBe(404);
  });

  it("another school's ids answer 404", async () => {
    const mine = await set('dsl', 'child-007', { flag: 'pupil-premium', startDate: '2026-09-01' });
    expect((await t.call('otherDsl', 'GET', '/api/children/child-007/status-flags')).status).toBe(404);
    expect((await t.call('otherDsl', 'PATCH', `/api/status-flags/${mine.json.id}`, { body: { op: 'end', endDate: '2026-10-01' }, headers: { 'if-match': mine.headers.get('etag')! } })).status).toBe(404);
    expect((await set('dsl', 'other-child-1', { flag: 'early-help', startDate: '2026-09-01' })).status).toBe(404);
  });

  it('current flags show as badges on the triage queue and the dashboard, to those who may see them', async () => {
    await set('dsl', 'child-014', { flag: 'child-in-need', startDate: '2026-02-01' });
    await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ children: [{ childId: 'child-014', role: 'subject' }] }) });
    const queue = await t.call('dsl', 'GET', '/api/concerns?status=new&order=recordedAt-asc&limit=100');
    const child = queue.json.items.flatMap((c: { children: { childId: string }[] }) => c.children).find((c: { childId: string }) => c.childId === 'child-014');
    expect(child.statusFlags.map((f: { flag: string }) => f.flag)).toEqual(['child-in-need']);
    const dash = await t.call('dsl', 'GET', '/api/dashboard');
    const onDash = dash.json.triage.items.flatMap((c: { children: { childId: string }[] }) => c.children).find((c: { childId: string }) => c.childId === 'child-014');
    expect(onDash.statusFlags.map((f: { flag: string }) => f.flag)).toEqual(['child-in-need']);
    const teacher = await t.call('teacher', 'GET', '/api/concerns?limit=100');
    const seen = teacher.json.items.flatMap((c: { children: { statusFlags?: unknown[] }[] }) => c.children).flatMap((c: { statusFlags?: unknown[] }) => c.statusFlags ?? []);
    expect(teacher.json.items.length).toBeGreaterThan(0);
    expect(seen).toEqual([]);
  });
});
