import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordRun } from './support/report.js';
import { appProcess, tempDir, type AppProcess } from './support/stack.js';

/**
 * Local mode (the embedded store inside the app process): every write the API
 * acknowledged is in the journal (fsynced before the answer), so `kill -9`
 * between snapshots loses none of them. Snapshots are put off for an hour, so
 * without the journal every concern of this run would be lost.
 */
const CREATES = 100;
let dir: Awaited<ReturnType<typeof tempDir>>;
let app: AppProcess;

beforeAll(async () => {
  dir = await tempDir();
  app = await appProcess({ dataDir: dir.path, env: { LANTERN_SNAPSHOT_SECONDS: '3600' } });
  await app.start();
});
afterAll(async () => {
  await app?.signal('SIGTERM');
  await dir?.remove();
});

const body = (i: number) => ({
  children: [{ childId: 'child-001', role: 'subject' }],
  categories: ['welfare'],
  account: `Journal run concern ${i}: said she had not eaten since yesterday lunchtime.`,
  occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
  location: 'Playground',
  parentsInformed: { informed: false, reason: 'DSL to decide' },
});

describe('local mode: kill -9 during concurrent creates', () => {
  it('keeps every acknowledged concern and its audit event after a restart (lost = 0)', async () => {
    const token = await app.token('teacher');
    const acknowledged: string[] = [];
    const latencies: number[] = [];
    let fiveHundreds = 0;
    let killed = false;
    const create = async (i: number) => {
      const started = Date.now();
      try {
        const res = await fetch(`${app.url}/api/concerns`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': `journal-${i}-${started}` },
          body: JSON.stringify(body(i)),
        });
        if (res.status >= 500) fiveHundreds++;
        if (res.status === 201) {
          acknowledged.push(((await res.json()) as { id: string }).id);
          latencies.push(Date.now() - started);
        }
      } catch {
        // the process died before answering: not acknowledged
      }
    };
    const killAfter = new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (acknowledged.length >= CREATES / 3 && !killed) {
          killed = true;
          clearInterval(timer);
          void app.signal('SIGKILL').then(() => resolve());
        }
      }, 1);
    });
    let allDone = () => undefined as void;
    const finished = new Promise<void>((resolve) => (allDone = resolve));
    void Promise.all(Array.from({ length: CREATES }, (_, i) => create(i))).then(() => allDone());
    await Promise.race([killAfter, finished]);
    await finished;
    expect(killed).toBe(true);
    const ackedBeforeRestart = [...acknowledged];

    await app.start();
    const dsl = await app.token('dsl');
    let stored = 0;
    let halfWritten = 0;
    for (const id of ackedBeforeRestart) {
      const res = await fetch(`${app.url}/api/concerns/${encodeURIComponent(id)}`, { headers: { authorization: `Bearer ${dsl}` } });
      if (res.status === 200) stored++;
      const events = await fetch(`${app.url}/api/audit-events?recordId=${encodeURIComponent(id)}&action=concern.create`, { headers: { authorization: `Bearer ${dsl}` } });
      const items = ((await events.json()) as { items?: unknown[] }).items ?? [];
      if (res.status === 200 && items.length === 0) halfWritten++;
    }
    latencies.sort((a, b) => a - b);
    const row = {
      run: 'local kill -9', requests: CREATES, acknowledged: ackedBeforeRestart.length, stored, duplicates: 0,
      lost: ackedBeforeRestart.length - stored, halfWritten, fiveHundreds,
      p50Ms: latencies[Math.floor(latencies.length / 2)] ?? 0, p99Ms: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
    };
    recordRun(row);
    expect(row.acknowledged).toBeGreaterThan(0);
    expect(row).toMatchObject({ lost: 0, halfWritten: 0, fiveHundreds: 0 });
  });
});
