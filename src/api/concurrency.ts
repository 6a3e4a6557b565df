/**
 * At most this many API operations run at once in one instance; the rest wait
 * their turn in arrival order (within the operation deadline). Under a burst
 * this keeps each running request's store calls quick — a saturated event
 * loop would otherwise make them time out and answer 503 — and the waiting
 * cheap.
 */
export const MAX_CONCURRENT_OPERATIONS = 32;

export type ConcurrencyLimit = <T>(work: () => Promise<T>, signal: AbortSignal) => Promise<T>;

export function createConcurrencyLimit(max = MAX_CONCURRENT_OPERATIONS): ConcurrencyLimit {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next(); // the slot passes straight to the next in line
    else active -= 1;
  };
  const turn = (signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const go = () => {
        signal.removeEventListener('abort', giveUp);
        resolve();
      };
      const giveUp = () => {
        const i = waiting.indexOf(go);
        if (i >= 0) waiting.splice(i, 1);
        reject(signal.reason);
      };
      waiting.push(go);
      signal.addEventListener('abort', giveUp, { once: true });
    });
  return async (work, signal) => {
    if (active < max) active += 1;
    else await turn(signal);
    try {
      return await work();
    } finally {
      release();
    }
  };
}
