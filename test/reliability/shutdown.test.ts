import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLoad } from './support/load.js';
import { reconcile } from './support/reconcile.js';
import { recordRun } from './support/report.js';
import { appProcess, tempDir, type AppProcess } from './support/stack.js';

/** Local mode as `npm start` runs it: the embedded store inside the app process, kept in a snapshot. */
const DATABASE = 'lantern';
let dir: Awaited<ReturnType<typeof tempDir>>;
let app: AppProcess | undefined;

beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await app?.signal('SIGKILL');
  await dir.remove();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('graceful shutdown (local mode, store inside the app process)', () => {
  it('on SIGTERM during load finishes the requests in flight, flushes the snapshot and exits 0: no acknowledged write is lost', async () => {
    app = await appProcess({ dataDir: dir.path });
    await app.start();
    const load = startLoad({ runId: 'sigterm', targets: [app], clients: 200, durationMs: 60_000, settleMs: 0 });
    await pause(5_000);
    const code = await app.signal('SIGTERM');
    load.stop();
    const result = await load.done;
    expect(code).toBe(0);
    await app.start(); // reloads the snapshot written at shutdown
    const row = await reconcile('sigterm', app.store, DATABASE, result);
    recordRun({ ...row, run: 'sigterm' });
    expect(row.acknowledged).toBeGreaterThan(0);
    expect(row).toMatchObject({ lost: 0, duplicates: 0, halfWritten: 0, fiveHundreds: 0 });
  });

  it('killed with SIGKILL mid-load, leaves a snapshot that loads, with no half-written record', async () => {
    app = await appProcess({ dataDir: dir.path, env: { LANTERN_SNAPSHOT_SECONDS: '1' } });
    await app.start();
    const load = startLoad({ runId: 'kill', targets: [app], clients: 100, durationMs: 60_000, settleMs: 0 });
    // Mid-load, once a snapshot (written every second) holds some of this run's concerns.
    for (let i = 0; i < 240 && !(await readFile(join(dir.path, 'snapshot.json'), 'utf8').catch(() => '')).includes('[kill-'); i++) await pause(250);
    expect(await app.signal('SIGKILL')).toBeNull();
    load.stop();
    const result = await load.done;
    const snapshot = JSON.parse(await readFile(join(dir.path, 'snapshot.json'), 'utf8')) as Record<string, unknown[]>;
    expect(snapshot.records?.length).toBeGreaterThan(0);
    await app.start(); // would stop with "snapshot is corrupt" otherwise
    const row = await reconcile('kill', app.store, DATABASE, result);
    // Writes acknowledged after the last snapshot are gone (the embedded store lives in memory); none is half there.
    expect(row).toMatchObject({ duplicates: 0, halfWritten: 0, fiveHundreds: 0 });
    expect(row.stored).toBeGreaterThan(0);
  });
});
