import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const count = async () => (await t.call('dsl', 'GET', '/api/concerns?limit=100')).json.items.length as number;

describe('Idempotency-Key', () => {
  it('returns the original record on a replay and stores nothing new', async () => {
    const key = randomUUID();
    const body = concernBody();
    const first = await t.call('teacher', 'POST', '/api/concerns', { body, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    const before = await count();
    const again = await t.call('teacher', 'POST', '/api/concerns', { body, headers: { 'idempotency-key': key } });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.json.id).toBe(first.json.id);
    expect(await count()).toBe(before);
  });

  it('makes exactly one record from concurrent retries', async () => {
    const key = randomUUID();
    const body = concernBody();
    const before = await count();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => t.call('teacher', 'POST', '/api/concerns', { body, headers: { 'idempotency-key': key } })),
    );
    expect(new Set(results.map((r) => r.json.id)).size, JSON.stringify(results.map((r) => [r.status, r.json.error]))).toBe(1);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(await count()).toBe(before + 1);
  });

  it('refuses a reused key with a different body', async () => {
    const key = randomUUID();
    await t.call('teacher', 'POST', '/api/concerns', { body: concernBody(), headers: { 'idempotency-key': key } });
    const r = await t.call('teacher', 'POST', '/api/concerns', {
      body: concernBody({ account: 'Something else entirely' }),
      headers: { 'idempotency-key': key },
    });
    expect(r.status).toBe(422);
    expect(r.json.error.code).toBe('idempotency_key_reused');
  });

  it("never hands one person's record to another who guesses their key", async () => {
    const key = randomUUID();
    const mine = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody(), headers: { 'idempotency-key': key } });
    const theirs = await t.call('teacher2', 'POST', '/api/concerns', { body: concernBody(), headers: { 'idempotency-key': key } });
    expect(theirs.status).toBe(201);
    expect(theirs.json.id).not.toBe(mine.json.id);
  });

  it('rejects a malformed key', async () => {
    const r = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody(), headers: { 'idempotency-key': 'bad key!' } });
    expect(r.status).toBe(422);
  });
});
