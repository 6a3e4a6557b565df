import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let concernId: string;
let referral: { id: string; ref: string };

beforeAll(async () => {
  t = await startTestApp();
  concernId = (await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ children: [{ childId: 'child-005', role: 'subject' }] }) })).json.id;
  referral = (await t.call('dsl', 'POST', '/api/referrals', {
    body: { concernId, childId: 'child-005', agency: 'early-help', madeAt: '2026-11-26T10:00:00Z', method: 'email', reference: 'EH-42' },
  })).json;
});
afterAll(() => t.close());

describe('a concern and its referrals, linked both ways', () => {
  it('lists the referrals made from the concern (reference, agency, state) to a DSL', async () => {
    const r = await t.call('deputy', 'GET', `/api/concerns/${concernId}`);
    expect(r.status).toBe(200);
    expect(r.json.referrals).toEqual([expect.objectContaining({ id: referral.id, ref: referral.ref, agency: 'early-help', agencyName: 'Early help', reference: 'EH-42', status: 'open', childId: 'child-005' })]);
  });

  it('shows the member of staff who logged the concern no referrals and no hint of them', async () => {
    const r = await t.call('teacher', 'GET', `/api/concerns/${concernId}`);
    expect(r.status).toBe(200);
    expect(r.json).not.toHaveProperty('referrals');
    expect(JSON.stringify(r.json)).not.toContain(referral.ref);
  });

  it("names the referral's child on the referral, and keeps the referral from staff", async () => {
    const r = await t.call('dsl', 'GET', `/api/referrals/${referral.id}`);
    expect(r.json.child).toMatchObject({ id: 'child-005', name: expect.any(String), yearGroup: expect.any(String) });
    expect(r.json.child).not.toHaveProperty('upn');
    expect((await t.call('teacher', 'GET', `/api/referrals/${referral.id}`)).status).toBe(404);
  });
});
