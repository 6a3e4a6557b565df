import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoad } from './support/load.js';
import { reconcile } from './support/reconcile.js';
import { recordRun } from './support/report.js';
import { LOAD, startStack } from './support/run-setup.js';

const DATABASE = 'reliability-crash';
let stack: Awaited<ReturnType<typeof startStack>>;

beforeAll(async () => {
  stack = await startStack(DATABASE);
});
afterAll(() => stack?.stop());

describe('crash: the app process is killed with SIGKILL mid-load and restarted', () => {
  it('keeps every write acknowledged before the crash, duplicates no retried write, and leaves no half-written record', async () => {
    const [app] = stack.apps;
    const load = startLoad({ runId: 'crash', targets: [app!], ...LOAD, durationMs: 20_000, settleMs: 90_000 });
    await new Promise((r) => setTimeout(r, 5_000));
    expect(await app!.signal('SIGKILL')).toBeNull(); // killed, not exited
    await app!.start(); // clients retry with their Idempotency-Keys meanwhile
    const result = await load.done;
    const row = await reconcile('crash', app!.store, DATABASE, result);
    recordRun(row);
    expect(row.acknowledged).toBeGreaterThan(0);
    expect(result.unacknowledged).toEqual([]);
    expect(row).toMatchObject({ lost: 0, duplicates: 0, halfWritten: 0, fiveHundreds: 0, stored: row.acknowledged });
  });
});
