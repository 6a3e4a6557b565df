import { LanternError } from '../core/errors.js';

/**
 * The longest an API operation may take, waiting for its turn included, before
 * Lantern answers 503 with Retry-After. Store calls fail well inside it
 * (src/store/cosmos-client.ts); this bounds a request that makes several of
 * them against a slow store. Work already sent to the store may still
 * complete: a client that retries a create with the same Idempotency-Key then
 * gets the original.
 */
export const OPERATION_DEADLINE_MS = 20_000;

/** Runs `work` with a signal that aborts when the deadline passes; rejects with store_unavailable then. */
export function withDeadline<T>(work: (signal: AbortSignal) => Promise<T>, ms = OPERATION_DEADLINE_MS): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const e = overdue();
      controller.abort(e);
      reject(e);
    }, ms);
  });
  return Promise.race([work(controller.signal), deadline]).finally(() => clearTimeout(timer));
}

const overdue = () =>
  new LanternError(
    'store_unavailable',
    'Lantern could not finish this in time because it is busy or the records store is slow. Try again shortly; a retried save with the same Idempotency-Key is never recorded twice.',
  );
