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
