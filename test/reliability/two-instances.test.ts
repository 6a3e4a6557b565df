import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoad, type Target } from './support/load.js';
import { readSchool, reconcile } from './support/reconcile.js';
import { recordRun } from './support/report.js';
import { LOAD, startStack } from './support/run-setup.js';

const DATABASE = 'reliability-two';
let stack: Awaited<ReturnType<typeof startStack>>;

beforeAll(async () => {
  stack = await startStack(DATABASE, 2); // started together on one empty store: one seeds, the other waits
});
afterAll(() => stack?.stop());

describe('two app instances on one store, requests spread across both', () => {
  it('seed the demo school once, and store every acknowledged concern exactly once with its create audit event', async () => {
    const result = await startLoad({ runId: 'two', targets: stack.apps, ...LOAD }).done;
    const row = await reconcile('two', stack.store, DATABASE, result);
    recordRun({ ...row, run: 'two-instance' });
    expect(row.acknowledged).toBeGreaterThan(0);
    expect(result.unacknowledged).toEqual([]);
    expect(row).toMatchObject({ lost: 0, duplicates: 0, halfWritten: 0, fiveHundreds: 0, stored: row.acknowledged });
    const { concerns } = await readSchool(stack.store, DATABASE);
    const demo = concerns.filter((c) => !c.account.includes('[two-')).map((c) => c.account);
    expect(demo.length).toBeGreaterThan(0);
    expect(new Set(demo).size).toBe(demo.length); // the demo school's concerns, each once
    expect(stack.apps.filter((a) => a.output().includes('demo school seeded'))).toHaveLength(1);
  });

  it('let one of two edits made from the same version on different instances succeed; the other gets 412', async () => {
    const [a, b] = stack.apps as unknown as [Target, Target];
    const ids = (await readSchool(stack.store, DATABASE)).concerns.filter((c) => c.account.includes('[two-')).slice(0, 5).map((c) => c.id);
    for (const id of ids) {
      const read = await call(a, 'GET', id);
      const etag = read.headers.get('etag')!;
      const triage = (on: Target, reasons: string) => call(on, 'PATCH', id, { 'if-match': etag }, { op: 'triage', decision: 'monitor', reasons });
      const statuses = (await Promise.all([triage(a, 'Triaged on instance A.'), triage(b, 'Triaged on instance B.')])).map((r) => r.status);
      expect(statuses.sort()).toEqual([200, 412]);
    }
  });
});

async function call(target: Target, method: string, id: string, headers: Record<string, string> = {}, body?: unknown) {
  const res = await fetch(`${target.url}/api/concerns/${id}`, {
    method,
    headers: { authorization: `Bearer ${await target.token('dsl')}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  await res.arrayBuffer();
  return res;
}
