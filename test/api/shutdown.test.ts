import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createConcurrencyLimit } from '../../src/api/concurrency.js';
import { withDeadline } from '../../src/api/deadline.js';
import { LanternError } from '../../src/core/errors.js';
import { startTestApp } from '../support/test-app.js';

/** A GET on a kept-alive connection that also tells whether the server asked to close it. */
function get(url: string, agentless = false) {
  return new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
    const req = request(url, { headers: { connection: agentless ? 'close' : 'keep-alive' } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('graceful stop of an app (app.close)', () => {
  it('reports not ready, finishes a request already in flight, and then refuses new connections', async () => {
    const t = await startTestApp();
    const token = await t.token('dsl');
    // A request in flight when the stop begins: the store call it makes is held back for a moment.
    const ping = t.app.deps.store.ping.bind(t.app.deps.store);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    t.app.deps.store.ping = async () => (await held, ping());
    const inFlight = fetch(`${t.url}/readyz`);
    await new Promise((r) => setTimeout(r, 100));
    const closing = t.app.close(5_000);
    release();
    expect((await inFlight).status).toBe(200);
    await closing;
    await expect(fetch(`${t.url}/api/concerns`, { headers: { authorization: `Bearer ${token}` } })).rejects.toThrow();
    await t.idp.close();
    await t.cosmos.close();
  });

  it('answers /readyz with 503 once it is shutting down', async () => {
    const t = await startTestApp();
    const { markDraining } = await import('../../src/api/routes/health.js');
    markDraining(t.app.server);
    const r = await get(`${t.url}/readyz`);
    expect(r.status).toBe(503);
    await t.close();
  });
});

describe('operation deadline and concurrency limit', () => {
  it('answers store_unavailable (503) when an operation outlives its deadline', async () => {
    const never = withDeadline(() => new Promise<never>(() => undefined), 50);
    await expect(never).rejects.toSatisfy((e) => e instanceof LanternError && e.code === 'store_unavailable');
  });

  it('runs at most `max` operations at once, the rest in arrival order, and drops one whose deadline passed while waiting', async () => {
    const limit = createConcurrencyLimit(2);
    const order: string[] = [];
    const gates = new Map<string, () => void>();
    const job = (name: string, signal = new AbortController().signal) =>
      limit(() => {
        order.push(name);
        return new Promise<void>((r) => gates.set(name, r));
      }, signal);
    const a = job('a');
    const b = job('b');
    const gaveUp = new AbortController();
    const c = job('c', gaveUp.signal);
    const d = job('d');
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual(['a', 'b']);
    gaveUp.abort(new Error('deadline'));
    await expect(c).rejects.toThrow('deadline');
    gates.get('a')!();
    await a;
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual(['a', 'b', 'd']);
    gates.get('b')!();
    gates.get('d')!();
    await Promise.all([b, d]);
  });
});
