import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const ids: Record<string, { id: string; ref: string }> = {};

beforeAll(async () => {
  t = await startTestApp();
  const log = async (key: string, persona: string, overrides: Record<string, unknown>) => {
    const r = await t.call(persona, 'POST', '/api/concerns', { body: concernBody(overrides) });
    expect(r.status).toBe(201);
    ids[key] = r.json;
  };
  await log('older', 'teacher', { account: 'Mentioned a trampoline accident at the weekend.', occurredAt: new Date(Date.now() - 7_200_000).toISOString() });
  await log('newer', 'teacher', { account: 'Second TRAMPOLINE story, different bruise.' });
  await log('send', 'teacher', { account: 'Trampoline club upset him; SEND plan review due.', categories: ['send'], children: [{ childId: 'child-002', role: 'subject' }] });
  await log('other', 'dsl', { account: 'Nothing to do with bouncing.' });
});
afterAll(() => t.close());

const search = async (persona: string, q: string, extra = '') => {
  const r = await t.call(persona, 'GET', `/api/concerns?q=${encodeURIComponent(q)}${extra}&limit=100`);
  expect(r.status).toBe(200);
  return r.json.items as { id: string; ref: string; recordedAt: string }[];
};
const ours = (items: { id: string }[]) => items.map((i) => Object.entries(ids).find(([, v]) => v.id === i.id)?.[0]).filter(Boolean);

describe('search (listConcerns q)', () => {
  it('finds a concern by its reference, in any case', async () => {
    expect(ours(await search('dsl', ids.newer!.ref.toLowerCase()))).toEqual(['newer']);
  });

  it('finds words in the account for a DSL, newest first, case-insensitive', async () => {
    const items = await search('dsl', 'trampoline');
    expect(ours(items)).toEqual(['send', 'newer', 'older']);
    expect(items.map((i) => i.recordedAt)).toEqual([...items.map((i) => i.recordedAt)].sort().reverse());
    expect(ours(await search('dsl', 'trampoline bruise'))).toEqual(['newer']);
  });

  it('combines words with the child filter', async () => {
    expect(ours(await search('dsl', 'trampoline', '&childId=child-002'))).toEqual(['send']);
  });

  it("gives others only what they may read: the author their own, senco the SEND one, teacher2 nothing", async () => {
    expect(ours(await search('teacher', 'trampoline'))).toEqual(['send', 'newer', 'older']);
    expect(ours(await search('senco', 'trampoline'))).toEqual(['send']);
    expect(ours(await search('senco', ids.newer!.ref))).toEqual([]);
    expect(await search('teacher2', 'trampoline')).toEqual([]);
    expect(await search('teacher2', ids.older!.ref)).toEqual([]);
    expect(await search('teacher', 'bouncing')).toEqual([]);
  });

  it('refuses an oversized or control-character query with a 422, and the admin with a 403', async () => {
    expect((await t.call('dsl', 'GET', `/api/concerns?q=${'x'.repeat(201)}`)).status).toBe(422);
    expect((await t.call('dsl', 'GET', `/api/concerns?q=${encodeURIComponent('a\u0007b')}`)).status).toBe(422);
    expect((await t.call('admin', 'GET', '/api/concerns?q=trampoline')).status).toBe(403);
  });
});

describe('search by referral reference (R-)', () => {
  it('finds the referral by its reference for a DSL; others are refused', async () => {
    const c = ids.other!;
    const current = await t.call('dsl', 'GET', `/api/concerns/${c.id}`);
    await t.call('dsl', 'PATCH', `/api/concerns/${c.id}`, { body: { op: 'triage', decision: 'refer-to-agency', reasons: 'Refer.' }, headers: { 'if-match': current.headers.get('etag')! } });
    const made = await t.call('dsl', 'POST', '/api/referrals', {
      body: { concernId: c.id, childId: 'child-001', agency: 'early-help', madeAt: new Date(Date.now() - 60_000).toISOString(), method: 'phone' },
    });
    expect(made.status).toBe(201);
    const found = await t.call('dsl', 'GET', `/api/referrals?ref=${made.json.ref.toLowerCase()}`);
    expect(found.status).toBe(200);
    expect(found.json.items.map((r: { id: string }) => r.id)).toEqual([made.json.id]);
    expect((await t.call('dsl', 'GET', '/api/referrals?ref=R-ZZZZZZ')).json.items).toEqual([]);
    expect((await t.call('dsl', 'GET', '/api/referrals?ref=C-ZZZZZZ')).status).toBe(422);
    expect((await t.call('teacher', 'GET', `/api/referrals?ref=${made.json.ref}`)).status).toBe(403);
    expect((await t.call('teacher2', 'GET', `/api/referrals?ref=${made.json.ref}`)).status).toBe(403);
  });
});
