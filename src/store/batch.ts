import type { Container, OperationInput, OperationResponse } from '@azure/cosmos';
import { LanternError, notFound } from '../core/errors.js';
import { errorForStatus, isTransientStatus, storeUnavailable } from './cosmos-errors.js';

/** Cosmos marks the operations it did not run, because another one failed, with 424. */
const FAILED_DEPENDENCY = 424;

type Doc = { id: string; schoolId: string };

export const createOp = (doc: Doc): OperationInput => ({
  operationType: 'Create',
  partitionKey: doc.schoolId, // the embedded server needs it on every operation
  resourceBody: { ...doc },
});

export const replaceOp = (doc: Doc, etag: string): OperationInput => ({
  operationType: 'Replace',
  id: doc.id,
  ifMatch: etag,
  partitionKey: doc.schoolId,
  resourceBody: { ...doc },
});

/**
 * Runs operations as one transactional batch in `schoolId`'s partition and
 * returns their results, or throws. Operation 0 is the record itself:
 * `what` names it in errors ("This concern").
 *
 * How @azure/cosmos 4.9.3 reports a failed batch: it does NOT throw. The
 * response (HTTP 207 from Cosmos, 200 from the embedded server) carries one
 * result per operation; the failing one has its own status (409, 412…).
 * Real Cosmos rolls back and marks every other operation 424. The embedded
 * server is not atomic: operations before the failing one keep their 2xx
 * status and stay written, later ones get 424. Only a failure of the whole
 * request (network, throttling after retries, missing container) throws, as
 * a plain Error("Batch request error: …") without the status code.
 */
export async function runBatch(
  container: Container,
  schoolId: string,
  ops: OperationInput[],
  what: string,
): Promise<OperationResponse[]> {
  assertOnePartition(ops, schoolId);
  let results: OperationResponse[] | undefined;
  try {
    results = (await container.items.batch(ops, schoolId)).result;
  } catch (e) {
    throw e instanceof LanternError ? e : storeUnavailable(undefined, e);
  }
  if (!results || results.length !== ops.length) {
    throw storeUnavailable('The records store gave an incomplete answer; the change may not have been saved.');
  }
  const failed = results.findIndex((r) => r.statusCode >= 400 && r.statusCode !== FAILED_DEPENDENCY);
  if (failed === -1 && results.every((r) => r.statusCode < 400)) return results;
  throw batchFailure(results, failed, what);
}

function batchFailure(results: OperationResponse[], failed: number, what: string): LanternError {
  if (results.some((r) => r.statusCode < 400)) {
    // Only a non-atomic store (the embedded server) gets here: part of the change was written.
    return storeUnavailable('The change was only partly saved by the records store and must be checked.');
  }
  const status = results[failed]?.statusCode ?? FAILED_DEPENDENCY;
  if (failed === 0 && status === 404) return notFound(what);
  if (failed === 0) return errorForStatus(status, what) ?? unexpected(status);
  // The record was fine but a companion document (version, audit event) failed; nothing was written.
  return isTransientStatus(status) ? storeUnavailable() : unexpected(status);
}

const unexpected = (status: number) =>
  new LanternError('internal', `The records store refused the change (status ${status}); nothing was saved.`);

/** One batch is one partition; the embedded server would otherwise write each body to its own. */
function assertOnePartition(ops: OperationInput[], schoolId: string): void {
  for (const op of ops) {
    const body = 'resourceBody' in op ? (op.resourceBody as Partial<Doc>) : undefined;
    if (op.partitionKey !== schoolId || (body && body.schoolId !== schoolId)) {
      throw new LanternError('internal', 'A change spanning several schools was refused.');
    }
  }
}
