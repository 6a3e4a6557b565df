import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy, type Fault, type FaultProxy } from './support/fault-proxy.js';
import { CLIENT_TIMEOUT_MS, concernFor, type LoadResult } from './support/load.js';
import { reconcile } from './support/reconcile.js';
import { recordRun } from './support/report.js';
import { appProcess, startStore, tempDir, type AppProcess, type StoreProcess } from './support/stack.js';

const DATABASE = 'reliability-faults';
const PROBES = 8;
let dir: Awaited<ReturnType<typeof tempDir>>;
let store: StoreProcess;
let proxy: FaultProxy;
let app: AppProcess;
const occurredAt = new Date(Date.now() - 3_600_000).toISOString();
const seen: LoadResult = { requests: 0, acknowledged: new Map(), unacknowledged: [], statuses: {}, fiveHundreds: 0, hung: 0, latenciesMs: [], readLatenciesMs: [], writeLatenciesMs: [] };

beforeAll(async () => {
  dir = await tempDir();
  store = await startStore(dir.path);
  proxy = await startFaultProxy(store);
  app = await appProcess({ dataDir: dir.path, store: { endpoint: proxy.endpoint, caFile: store.caFile }, database: DATABASE });
  await app.start();
});
afterAll(async () => {
  await app?.signal('SIGTERM');
  await proxy?.close();
  await store?.stop();
  await dir?.remove();
});

/** One request as a client sees it: status, Retry-After, or `hung` when no answer came within CLIENT_TIMEOUT_MS. */
async function send(method: string, path: string, persona: string, body?: unknown, key?: string) {
  const headers: Record<string, string> = { authorization: `Bearer ${await app.token(persona)}` };
  if (body) headers['content-type'] = 'application/json';
  if (key) headers['idempotency-key'] = key;
  const started = performance.now();
  try {
    const res = await fetch(`${app.url}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined, signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS) });
    const json = (await res.json().catch(() => undefined)) as { id?: string } | undefined;
    seen.requests += 1;
    seen.latenciesMs.push(performance.now() - started);
    seen.statuses[res.status] = (seen.statuses[res.status] ?? 0) + 1;
    if (res.status >= 500) seen.fiveHundreds += 1;
    if (key && (res.status === 201 || res.status === 200) && json?.id) seen.acknowledged.set(key, json.id);
    return { status: res.status, retryAfter: res.headers.get('retry-after') };
  } catch (e) {
    if ((e as Error).name === 'TimeoutError') seen.hung += 1;
    return { status: 0, retryAfter: null };
  }
}

const keys: string[] = [];
/** PROBES concurrent creates (new keys), a DSL read and /readyz, all under the same fault. */
async function probe(phase: string) {
  const fresh = Array.from({ length: PROBES }, (_, i) => `faults-${phase}-${i}`);
  keys.push(...fresh);
  const [writes, read, ready] = await Promise.all([
    Promise.all(fresh.map((k, i) => send('POST', '/api/concerns', 'teacher', concernFor(k, i, occurredAt), k))),
    send('GET', '/api/concerns?status=new&limit=5', 'dsl'),
    send('GET', '/readyz', 'dsl'),
  ]);
  return { writes, read, ready };
}

async function underFault(fault: Fault, phase: string) {
  await proxy.set(fault);
  try {
    return await probe(phase);
  } finally {
    await proxy.set({ kind: 'none' });
  }
}

const unavailable = { status: 503, retryAfter: expect.stringMatching(/^\d+$/) };

describe('store faults between the app and the store', () => {
  it('answers normally, and still answers (slower) when the store is a little slow', async () => {
    const ok = await probe('healthy');
    expect(ok.writes.map((w) => w.status)).toEqual(Array(PROBES).fill(201));
    expect(ok.ready.status).toBe(200);
    const slow = await underFault({ kind: 'slow', delayMs: 500 }, 'slightly-slow');
    expect(slow.writes.map((w) => w.status)).toEqual(Array(PROBES).fill(201));
  });

  it.each<[string, Fault]>([
    ['too slow (past the store timeout)', { kind: 'slow', delayMs: 12_000 }],
    ['throttling with 429 and x-ms-retry-after-ms', { kind: 'throttle', retryAfterMs: 1_000 }],
    ['unreachable', { kind: 'unreachable' }],
  ])('answers 503 with Retry-After, never 500 and never a hang, when the store is %s', async (_name, fault) => {
    const r = await underFault(fault, fault.kind);
    for (const w of [...r.writes, r.read]) expect(w).toEqual(unavailable);
    expect(r.ready).toEqual(unavailable);
    expect(seen.hung).toBe(0);
  });

  it('recovers by itself when the store is back: ready again, and every refused write succeeds once on retry', async () => {
    let ready = await send('GET', '/readyz', 'dsl');
    for (let i = 0; ready.status !== 200 && i < 30; i++) ready = await send('GET', '/readyz', 'dsl');
    expect(ready.status).toBe(200);
    for (const [i, key] of keys.entries()) {
      if (seen.acknowledged.has(key)) continue;
      const retried = await send('POST', '/api/concerns', 'teacher', concernFor(key, i % PROBES, occurredAt), key);
      expect([200, 201]).toContain(retried.status);
    }
    const row = await reconcile('faults', store, DATABASE, seen);
    recordRun({ ...row, run: 'store-faults' });
    expect(Object.keys(seen.statuses).sort()).toEqual(['200', '201', '503']); // never 500
    expect(row).toMatchObject({ acknowledged: keys.length, lost: 0, duplicates: 0, halfWritten: 0, stored: keys.length });
  });
});
