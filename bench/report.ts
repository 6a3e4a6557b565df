import { cpus } from 'node:os';
import type { PhaseResult } from './phases.js';

export interface BenchFigures {
  node: string;
  cpus: number;
  concurrency: number;
  durationSec: number;
  warmupSec: number;
  rawFirst: PhaseResult;
  api: PhaseResult;
  rawSecond: PhaseResult;
  /** Mean throughput of the two raw runs. */
  baselineOpsPerSec: number;
  ratio: number;
  cosmosPerConcern: number;
  rssGrowthMb: number;
  targets: { ratio: boolean; cosmosPerConcern: boolean };
}

export const TARGET_RATIO = 0.5;
export const TARGET_COSMOS_PER_CONCERN = 2;

export interface RunSettings {
  concurrency: number;
  durationSec: number;
  warmupSec: number;
}

export function figuresOf(s: RunSettings, rawFirst: PhaseResult, api: PhaseResult, rawSecond: PhaseResult, rssGrowthMb: number): BenchFigures {
  const baselineOpsPerSec = (rawFirst.opsPerSec + rawSecond.opsPerSec) / 2;
  const ratio = api.opsPerSec / baselineOpsPerSec;
  const cosmosPerConcern = api.cosmosPerOp;
  // Judged at the precision printed: the school directory's refresh (2 requests per
  // ACCESS_CACHE_SECONDS, across all requests) must not turn an exact 2 into a miss.
  const cosmosOk = Math.round(cosmosPerConcern * 100) / 100 <= TARGET_COSMOS_PER_CONCERN;
  return {
    node: process.version, cpus: cpus().length, concurrency: s.concurrency, durationSec: s.durationSec, warmupSec: s.warmupSec,
    rawFirst, api, rawSecond, baselineOpsPerSec, ratio, cosmosPerConcern, rssGrowthMb,
    targets: { ratio: ratio >= TARGET_RATIO, cosmosPerConcern: cosmosOk },
  };
}

const num = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '-');
const mark = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

function row(name: string, r: PhaseResult): string {
  const cells = [name.padEnd(28), String(r.ops).padStart(7), num(r.opsPerSec).padStart(9), num(r.p50Ms, 2).padStart(8), num(r.p99Ms, 2).padStart(8)];
  return [...cells, String(r.totalErrors).padStart(7), num(r.cosmosPerOp, 2).padStart(10), num(r.cpuMsPerOp, 2).padStart(10)].join('  ');
}

export function printFigures(f: BenchFigures): void {
  console.log(`node ${f.node}, ${f.cpus} CPUs, concurrency ${f.concurrency}, duration ${f.durationSec} s (after ${f.warmupSec} s warm-up)`);
  console.log('');
  console.log(['phase'.padEnd(28), 'ops'.padStart(7), 'ops/s'.padStart(9), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'errors'.padStart(7), 'cosmos/op'.padStart(10), 'cpu ms/op'.padStart(10)].join('  '));
  console.log(row('(a1) raw cosmos create', f.rawFirst));
  console.log(row('(b)  POST /api/concerns', f.api));
  console.log(row('(a2) raw cosmos create', f.rawSecond));
  console.log('');
  console.log(`baseline (mean of a1, a2):    ${num(f.baselineOpsPerSec)} ops/s`);
  console.log(`throughput ratio b/a:         ${num(f.ratio, 3)}`);
  console.log(`cosmos requests / concern:    ${num(f.cosmosPerConcern, 2)}  (${f.api.cosmosRequests} requests / ${f.api.totalOk} creates, warm-up included; raw create: ${num(f.rawFirst.cosmosPerOp, 2)}, ${num(f.rawSecond.cosmosPerOp, 2)})`);
  console.log(`RSS growth across (b):        ${num(f.rssGrowthMb)} MB`);
  console.log('(one process: load client, app and Cosmos server share one event loop; cpu ms/op is the whole process)');
  console.log('');
  console.log(`target: ratio >= ${TARGET_RATIO}, cosmos requests/concern <= ${TARGET_COSMOS_PER_CONCERN}`);
  console.log(`  ratio ${num(f.ratio, 3)}: ${mark(f.targets.ratio)}; cosmos requests/concern ${num(f.cosmosPerConcern, 2)}: ${mark(f.targets.cosmosPerConcern)}`);
}
