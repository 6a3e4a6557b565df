import type { Container, OperationResponse } from '@azure/cosmos';
import { describe, expect, it } from 'vitest';
import type { LanternError } from '../../src/core/errors.js';
import { createOp, replaceOp, runBatch } from '../../src/store/batch.js';

/**
 * The embedded server cannot produce real Cosmos's atomic failure shape (the
 * failing operation's status, 424 for all others), so both shapes are fed
 * to runBatch through a stand-in container.
 */
function containerAnswering(answer: () => Promise<{ result?: OperationResponse[] }>): Container {
  return { items: { batch: answer } } as unknown as Container;
}

const statuses = (...codes: number[]) => async () => ({
  result: codes.map((statusCode) => ({ statusCode, requestCharge: 1, eTag: statusCode < 400 ? 'etag' : undefined })),
});

const doc = { id: 'c1', schoolId: 's1' };
const ops = () => [replaceOp(doc, 'etag-0'), createOp({ id: 'v1', schoolId: 's1' }), createOp({ id: 'a1', schoolId: 's1' })];

async function codeOf(answer: () => Promise<{ result?: OperationResponse[] }>): Promise<string> {
  const err = (await runBatch(containerAnswering(answer), 's1', ops(), 'This concern').catch((e: unknown) => e)) as LanternError;
  return err.code;
}

describe('runBatch', () => {
  it('returns the results when every operation succeeded', async () => {
    const results = await runBatch(containerAnswering(statuses(200, 201, 201)), 's1', ops(), 'This concern');
    expect(results.map((r) => r.statusCode)).toEqual([200, 201, 201]);
  });

  it.each([
    ['stale etag (both stores)', [412, 424, 424], 'version_conflict'],
    ['id taken (both stores)', [409, 424, 424], 'already_exists'],
    ['record gone (both stores)', [404, 424, 424], 'not_found'],
    ['companion failed, rolled back (real Cosmos)', [424, 424, 409], 'internal'],
    ['companion throttled, rolled back (real Cosmos)', [424, 429, 424], 'store_unavailable'],
    ['partly written (embedded server only)', [200, 201, 409], 'store_unavailable'],
    ['partly written, later ones skipped (embedded server only)', [200, 409, 424], 'store_unavailable'],
  ])('%s → %s', async (_name, codes, expected) => {
    expect(await codeOf(statuses(...codes))).toBe(expected);
  });

  it('treats a missing or short answer as store_unavailable', async () => {
    expect(await codeOf(async () => ({}))).toBe('store_unavailable');
    expect(await codeOf(statuses(200, 201))).toBe('store_unavailable');
  });

  it('treats a thrown batch (the SDK drops its status) as store_unavailable', async () => {
    const thrown = async () => {
      throw new Error('Batch request error: connect ECONNREFUSED 127.0.0.1:1');
    };
    expect(await codeOf(thrown)).toBe('store_unavailable');
  });

  it('refuses operations for another partition before sending anything', async () => {
    let sent = false;
    const container = containerAnswering(async () => {
      sent = true;
      return statuses(201)();
    });
    const foreign = [createOp({ id: 'x', schoolId: 'other' })];
    await expect(runBatch(container, 's1', foreign, 'This concern')).rejects.toMatchObject({ code: 'internal' });
    expect(sent).toBe(false);
  });
});
