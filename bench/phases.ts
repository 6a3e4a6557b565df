import { randomUUID } from 'node:crypto';
import { Pool } from 'undici';
import { DEMO_SCHOOL_ID } from '../src/local/demo-identity.js';
import { runLoad, type LoadOptions, type LoadResult } from './load.js';
import type { BenchStack } from './stack.js';

export interface PhaseResult extends LoadResult {
  /** Embedded Cosmos requests during the phase, warm-up included. */
  cosmosRequests: number;
  /** cosmosRequests / totalOk */
  cosmosPerOp: number;
  /** CPU time of this whole process (client, app and Cosmos server alike) per success, warm-up included. */
  cpuMsPerOp: number;
}

/** Runs a load phase and counts the Cosmos requests it caused (read after every request has finished). */
async function measured(stack: BenchStack, run: () => Promise<LoadResult>): Promise<PhaseResult> {
  const before = stack.cosmosRequests();
  const cpuBefore = process.cpuUsage();
  const result = await run();
  const cpu = process.cpuUsage(cpuBefore);
  const cosmosRequests = stack.cosmosRequests() - before;
  const ok = Math.max(1, result.totalOk);
  return { ...result, cosmosRequests, cosmosPerOp: cosmosRequests / ok, cpuMsPerOp: (cpu.user + cpu.system) / 1000 / ok };
}

/** (a) Raw `container.items.create` of a concern-sized document, partition key schoolId = the demo school. */
export function rawCreatePhase(stack: BenchStack, opts: LoadOptions): Promise<PhaseResult> {
  const attempt = async () => {
    const { statusCode } = await stack.baselineRecords.items.create(concernSizedDoc());
    return statusCode === 201 ? undefined : `status ${statusCode}`;
  };
  return measured(stack, () => runLoad(attempt, opts));
}

/** (b) POST /api/concerns as the teacher persona, a fresh Idempotency-Key each time; only 201 counts. */
export async function apiCreatePhase(stack: BenchStack, opts: LoadOptions): Promise<PhaseResult> {
  const authorization = `Bearer ${await stack.token('teacher')}`;
  // Keep-alive connections, one per worker; a stuck request becomes an error instead of hanging the run.
  const pool = new Pool(stack.url, { connections: opts.concurrency, pipelining: 1, headersTimeout: 15_000, bodyTimeout: 15_000 });
  const attempt = async () => {
    const res = await pool.request({
      path: '/api/concerns',
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(concernBody()),
    });
    const text = await res.body.text();
    return res.statusCode === 201 ? undefined : `HTTP ${res.statusCode}: ${text}`;
  };
  try {
    return await measured(stack, () => runLoad(attempt, opts));
  } finally {
    await pool.close();
  }
}

/** A valid createConcern body about one demo child. */
export const concernBody = () => ({
  children: [{ childId: 'child-001', role: 'subject' }],
  categories: ['welfare'],
  account: 'Said she had not eaten since yesterday lunchtime.',
  occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
  location: 'Playground',
  parentsInformed: { informed: false, reason: 'DSL to decide' },
});

const ACCOUNT = 'Arrived without a coat again and said "Mum forgot". Was hungry at break and ate two breakfasts. '.repeat(7);
const PERSON = { oid: '6a2e9f10-7c4b-4d3e-8f21-000000000003', name: 'Jo Bennett' };

/** About 1.5 KB of JSON, shaped like a stored concern. */
export function concernSizedDoc() {
  const id = randomUUID();
  const at = new Date().toISOString();
  return {
    id, type: 'concern', schoolId: DEMO_SCHOOL_ID, ref: `C-${id.slice(0, 6).toUpperCase()}`,
    children: [{ childId: 'child-001', role: 'subject' }], otherPeople: [], categories: ['welfare'],
    account: ACCOUNT, occurredAt: at, location: 'Playground', actionTaken: 'Gave spare coat and toast.',
    parentsInformed: { informed: false, reason: 'DSL to decide' }, alertedStaff: [],
    childIds: ['child-001'], alertedOids: [], createdBy: PERSON, recordedAt: at, status: 'new',
    actions: [], version: 1, updatedAt: at, updatedBy: PERSON, auditHead: 'x'.repeat(64), requestHash: 'y'.repeat(43),
  };
}
