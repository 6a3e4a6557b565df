import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let concernId: string;

beforeAll(async () => {
  t = await startTestApp();
  concernId = (await t.call('teacher', 'POST', '/api/concerns', { body: concernBody() })).json.id;
});
afterAll(() => t.close());

const referralBody = (overrides: Record<string, unknown> = {}) => ({
  concernId, childId: 'child-001', agency: 'childrens-social-care', madeAt: '2026-11-26T10:00:00Z', method: 'phone', reference: 'MASH-1234', ...overrides,
});

describe('referrals', () => {
  it("fills in the agency's milestones from the working-day calendar", async () => {
    const r = await t.call('dsl', 'POST', '/api/referrals', { body: referralBody() });
    expect(r.status).toBe(201);
    expect(r.json.ref).toMatch(/^R-[2-9A-Z]{6}$/);
    const byKey = Object.fromEntries(r.json.milestones.map((m: { key: string }) => [m.key, m]));
    expect(byKey.decision.dueAt).toBe('2026-11-27T17:00:00.000Z');
    expect(byKey.assessment.dueAt).toBe('2027-02-02T17:00:00.000Z');
    expect(byKey.icpc.dueAt).toBeUndefined(); // runs from the strategy discussion, not yet held
  });

  it('starts the conference clock when the strategy discussion is recorded', async () => {
    const r = await t.call('dsl', 'POST', '/api/referrals', { body: referralBody() });
    const u = await t.call('dsl', 'PATCH', `/api/referrals/${r.json.id}`, {
      body: { op: 'recordMilestone', key: 'strategy-discussion', at: '2026-11-27T14:00:00Z' }, headers: { 'if-match': r.headers.get('etag')! },
    });
    expect(u.status).toBe(200);
    const icpc = u.json.milestones.find((m: { key: string }) => m.key === 'icpc');
    expect(icpc.dueAt).toBe('2026-12-18T17:00:00.000Z');
  });

  it('lists overdue referrals for the DSL', async () => {
    const r = await t.call('dsl', 'POST', '/api/referrals', { body: referralBody({ madeAt: '2026-10-01T10:00:00Z' }) });
    const overdue = await t.call('dsl', 'GET', '/api/referrals?status=overdue&limit=100');
    expect(overdue.json.items.map((x: { id: string }) => x.id)).toContain(r.json.id);
    const decision = overdue.json.items.find((x: { id: string }) => x.id === r.json.id).milestones.find((m: { key: string }) => m.key === 'decision');
    expect(decision.state).toBe('overdue');
  });

  it('keeps a contact log, and two DSLs logging at once both land', async () => {
    const r = await t.call('dsl', 'POST', '/api/referrals', { body: referralBody() });
    const contact = (who: string) => ({ at: '2026-11-27T09:00:00Z', direction: 'outgoing', method: 'phone', who, summary: 'Chased decision', nextChaseDate: '2026-11-30' });
    const [a, b] = await Promise.all([
      t.call('dsl', 'POST', `/api/referrals/${r.json.id}/contacts`, { body: contact('MASH duty worker') }),
      t.call('deputy', 'POST', `/api/referrals/${r.json.id}/contacts`, { body: contact('Team manager') }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    const got = await t.call('dsl', 'GET', `/api/referrals/${r.json.id}`);
    expect(got.json.contacts.map((c: { who: string }) => c.who).sort()).toEqual(['MASH duty worker', 'Team manager']);
  });

  it('closes with an outcome, and refuses changes after that', async () => {
    const r = await t.call('dsl', 'POST', '/api/referrals', { body: referralBody() });
    const closed = await t.call('dsl', 'PATCH', `/api/referrals/${r.json.id}`, {
      body: { op: 'close', outcome: 'Section 17 assessment; family accepted support.' }, headers: { 'if-match': r.headers.get('etag')! },
    });
    expect(closed.json.status).toBe('closed');
    const again = await t.call('dsl', 'PATCH', `/api/referrals/${r.json.id}`, {
      body: { op: 'close', outcome: 'x' }, headers: { 'if-match': closed.headers.get('etag')! },
    });
    expect(again.status).toBe(409);
  });

  it('is for DSLs only', async () => {
    const r = await t.call('dsl', 'POST', '/api/referrals', { body: referralBody() });
    expect((await t.call('teacher', 'POST', '/api/referrals', { body: referralBody() })).status).toBe(403);
    expect((await t.call('teacher', 'GET', `/api/referrals/${r.json.id}`)).status).toBe(404);
    expect((await t.call('senco', 'GET', '/api/referrals')).status).toBe(403);
    expect((await t.call('admin', 'GET', '/api/alerts')).status).toBe(403);
    expect((await t.call('otherDsl', 'GET', `/api/referrals/${r.json.id}`)).status).toBe(404);
  });

  it('refuses bad input clearly', async () => {
    for (const [body, field] of [
      [referralBody({ agency: 'social-services' }), 'agency'],
      [referralBody({ childId: 'child-002' }), 'childId'],
      [referralBody({ concernId: 'c-none' }), 'concernId'],
      [referralBody({ madeAt: '2099-01-01T00:00:00Z' }), 'madeAt'],
      [referralBody({ status: 'closed' }), 'status'],
    ] as const) {
      const r = await t.call('dsl', 'POST', '/api/referrals', { body });
      expect(r.status, field).toBe(422);
      expect(JSON.stringify(r.json.error)).toContain(field);
    }
  });

  it('returns the original on an Idempotency-Key replay', async () => {
    const key = randomUUID();
    const body = referralBody();
    const a = await t.call('dsl', 'POST', '/api/referrals', { body, headers: { 'idempotency-key': key } });
    const b = await t.call('dsl', 'POST', '/api/referrals', { body, headers: { 'idempotency-key': key } });
    expect(b.status).toBe(200);
    expect(b.json.id).toBe(a.json.id);
  });

  it('audits referral changes in a chain that verifies', async () => {
    const r = await t.call('dsl', 'POST', '/api/referrals', { body: referralBody() });
    await t.call('dsl', 'POST', `/api/referrals/${r.json.id}/contacts`, { body: { at: '2026-11-27T09:00:00Z', direction: 'incoming', method: 'email', who: 'MASH', summary: 'Received' } });
    const events = (await t.call('dsl', 'GET', `/api/audit-events?recordId=${r.json.id}`)).json.items.map((e: { action: string }) => e.action);
    expect(events).toEqual(expect.arrayContaining(['referral.create', 'referral.addContact']));
  });
});
