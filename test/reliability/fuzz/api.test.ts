import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/api/operation.js';
import { apiOperations } from '../../../src/api/server.js';
import type { Deps } from '../../../src/core/usecases/context.js';
import { BATCH, FUZZ_RUNS, FUZZ_SEED, prototypeKeys, startFuzzApp, type FuzzApp } from './api-harness.js';
import { requestsFor, type FuzzRequest } from './requests.js';

/**
 * Every operation in the operation table, with generated hostile path
 * parameters, query strings, headers and bodies. For every input: no 5xx,
 * nothing stored (no write other than audit events), Object.prototype
 * untouched, and the process keeps answering. Bodies are always invalid for
 * the operation's schema, so a write operation must refuse them all with 4xx.
 */
let f: FuzzApp;
const prototypeBefore = prototypeKeys();
beforeAll(async () => {
  f = await startFuzzApp();
});
afterAll(() => f?.close());

function isValidBody(op: Operation, r: FuzzRequest): boolean {
  if (!op.body || typeof r.body !== 'string') return false;
  try {
    return op.body.safeParse(JSON.parse(r.body)).success;
  } catch {
    return false;
  }
}

const clip = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…<${s.length} chars>` : s);
const describeRequest = (r: FuzzRequest) => {
  const headers = { ...r.headers, ...(r.headers.authorization ? { authorization: clip(r.headers.authorization).slice(0, 40) } : {}) };
  return JSON.stringify({ method: r.method, path: clip(r.path), headers, body: typeof r.body === 'string' ? clip(r.body) : r.body && `<${r.body.length} bytes>` });
};

const sendOnce = (r: FuzzRequest) => f.send(r).catch((e: unknown) => ({ status: 0, text: String(e) }));

/**
 * A 503 store_unavailable or audit_unavailable means a store call did not
 * answer in time: on a loaded machine the in-process store can be starved by
 * the batch's other requests. That is the right answer then, not one the
 * input caused — so the input is sent again on its own, and that answer counts.
 */
async function unlessOverloaded(r: FuzzRequest, res: { status: number; text: string }) {
  if (res.status !== 503 || !/"code":"(store|audit)_unavailable"/.test(res.text)) return res;
  return sendOnce(r);
}

/** One batch of inputs, sent together: each must get a non-5xx answer (4xx for writes), and none may store anything. */
async function check(op: Operation, batch: FuzzRequest[]) {
  f.writes.clear();
  f.errors.clear();
  const answers = await Promise.all(batch.map((r) => sendOnce(r).then((res) => ({ r, res }))));
  for (const { r, res: first } of answers) {
    const res = await unlessOverloaded(r, first);
    if (res.status >= 500 || res.status === 0) throw new Error(`${op.operationId} answered ${res.status}: ${res.text.slice(0, 300)} ${JSON.stringify(f.errors.lines())}\nfor ${describeRequest(r)}`);
    if (op.method !== 'get' && res.status < 400) throw new Error(`${op.operationId} accepted an invalid body (${res.status})\nfor ${describeRequest(r)}`);
  }
  if (f.errors.lines().length) throw new Error(`${op.operationId} logged errors ${JSON.stringify(f.errors.lines())}\nfor one of ${batch.map(describeRequest).join('\n')}`);
  const stored = f.writes.stored();
  if (stored.length) throw new Error(`${op.operationId} stored ${JSON.stringify(stored)}\nfor one of ${batch.map(describeRequest).join('\n')}`);
  if (prototypeKeys() !== prototypeBefore) throw new Error(`${op.operationId} polluted Object.prototype\nfor one of ${batch.map(describeRequest).join('\n')}`);
}

/** The operation table as the server builds it (handlers are not called here, so no store is needed). */
const OPERATIONS = apiOperations({} as Deps);

describe('fuzzing every API operation', () => {
  it('covers the whole operation table', () => {
    expect(f.operations.map((o) => o.operationId)).toEqual(OPERATIONS.map((o) => o.operationId));
    expect(OPERATIONS.length).toBeGreaterThanOrEqual(20);
  });

  for (const { operationId } of OPERATIONS) {
    it(`${operationId}: no 5xx, nothing stored, still answering`, async () => {
      const op = f.operations.find((o) => o.operationId === operationId)!;
      const inputs = requestsFor(op, f.target).filter((r) => !isValidBody(op, r));
      const batches = fc.array(inputs, { minLength: BATCH, maxLength: BATCH });
      await fc.assert(fc.asyncProperty(batches, (batch) => check(op, batch)), { numRuns: Math.ceil(FUZZ_RUNS / BATCH), seed: FUZZ_SEED, endOnFailure: true });
      expect((await fetch(`${f.t.url}/healthz`)).status).toBe(200);
    });
  }
});
