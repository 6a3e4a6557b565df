import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoad } from './support/load.js';
import { reconcile } from './support/reconcile.js';
import { recordRun } from './support/report.js';
import { LOAD, startStack } from './support/run-setup.js';

const DATABASE = 'reliability-load';
let stack: Awaited<ReturnType<typeof startStack>>;

beforeAll(async () => {
  stack = await startStack(DATABASE);
});
afterAll(() => stack?.stop());

describe('load: 200 concurrent clients against one instance, the store in its own process', () => {
  it('stores every acknowledged concern exactly once, each with its one create audit event, and never answers 5xx', async () => {
    const [app] = stack.apps;
    const result = await startLoad({ runId: 'load', targets: [app!], ...LOAD }).done;
    const row = await reconcile('load', app!.store, DATABASE, result);
    recordRun(row);
    expect(row.acknowledged).toBeGreaterThan(0);
    expect(result.unacknowledged).toEqual([]);
    expect(row).toMatchObject({ lost: 0, duplicates: 0, halfWritten: 0, fiveHundreds: 0, stored: row.acknowledged });
  });
});
