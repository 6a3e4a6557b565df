import { performance } from 'node:perf_hooks';

export interface LoadOptions {
  concurrency: number;
  warmupMs: number;
  durationMs: number;
}

/** One request: resolves to undefined on success, or to a description of the error. */
export type Attempt = () => Promise<string | undefined>;

export interface LoadResult {
  /** Successes completed inside the measured window. */
  ops: number;
  opsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Over the whole phase, warm-up included. */
  totalOk: number;
  totalErrors: number;
  firstError?: string;
}

interface Tally {
  latencies: number[];
  ok: number;
  errors: number;
  firstError?: string;
}

/**
 * Runs `attempt` from `concurrency` closed-loop workers for warm-up + duration.
 * Only successes that complete inside the measured window count towards
 * throughput and latency; errors are counted over the whole phase.
 */
export async function runLoad(attempt: Attempt, opts: LoadOptions): Promise<LoadResult> {
  const from = performance.now() + opts.warmupMs;
  const to = from + opts.durationMs;
  const tally: Tally = { latencies: [], ok: 0, errors: 0 };
  const worker = async () => {
    while (performance.now() < to) await timeOne(attempt, tally, from, to);
  };
  await Promise.all(Array.from({ length: opts.concurrency }, () => worker()));
  return summarize(tally, opts.durationMs);
}

async function timeOne(attempt: Attempt, tally: Tally, from: number, to: number) {
  const started = performance.now();
  const error = await attempt().catch((e: unknown) => `threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  const ended = performance.now();
  if (error !== undefined) {
    tally.errors += 1;
    tally.firstError ??= error;
    return;
  }
  tally.ok += 1;
  if (ended >= from && ended <= to) tally.latencies.push(ended - started);
}

function summarize(tally: Tally, durationMs: number): LoadResult {
  const sorted = Float64Array.from(tally.latencies).sort();
  return {
    ops: sorted.length,
    opsPerSec: sorted.length / (durationMs / 1000),
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    totalOk: tally.ok,
    totalErrors: tally.errors,
    firstError: tally.firstError,
  };
}

/** Nearest-rank percentile of an ascending array (NaN when empty). */
export function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}
