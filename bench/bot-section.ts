import { performance } from 'node:perf_hooks';
import { botSubmitPhase } from './bot-turn.js';
import type { LoadOptions } from './load.js';
import { apiCreatePhase, type PhaseResult } from './phases.js';
import { startBenchStack, type BenchInfra } from './stack.js';

export interface BotSection {
  api: PhaseResult;
  bot: PhaseResult;
  p50Ratio: number;
  p99Ratio: number;
}

const TARGET = 1.5;

/**
 * (b) createConcern through the API and (c) the same through a bot submit turn, on one fresh stack, compared by
 * latency. The phases alternate (b, c, b, c, each half the duration) so load from outside the bench falls on both.
 */
export async function botSection(infra: BenchInfra, load: LoadOptions): Promise<BotSection> {
  const started = performance.now();
  const stack = await startBenchStack(infra);
  try {
    const half = { ...load, durationMs: load.durationMs / 2 };
    const runs: { api: PhaseResult[]; bot: PhaseResult[] } = { api: [], bot: [] };
    for (let round = 1; round <= 2; round++) {
      console.log(`[bench] (b) POST /api/concerns, round ${round}…`);
      runs.api.push(await apiCreatePhase(stack, half));
      console.log(`[bench] (c) bot submit turn (POST /api/messages), round ${round}…`);
      runs.bot.push(await botSubmitPhase(stack, half));
    }
    const api = pooled(runs.api);
    const bot = pooled(runs.bot);
    const section = { api, bot, p50Ratio: bot.p50Ms / api.p50Ms, p99Ratio: bot.p99Ms / api.p99Ms };
    printBot(section);
    console.log(`(section: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    return section;
  } finally {
    await stack.close();
  }
}

/** Two rounds as one: counts added, latencies and rates averaged. */
function pooled([a, b]: PhaseResult[]): PhaseResult {
  const mean = (f: (r: PhaseResult) => number) => (f(a!) + f(b!)) / 2;
  return {
    ...a!,
    ops: a!.ops + b!.ops,
    opsPerSec: mean((r) => r.opsPerSec),
    p50Ms: mean((r) => r.p50Ms),
    p99Ms: mean((r) => r.p99Ms),
    totalOk: a!.totalOk + b!.totalOk,
    totalErrors: a!.totalErrors + b!.totalErrors,
    cosmosRequests: a!.cosmosRequests + b!.cosmosRequests,
    cosmosPerOp: (a!.cosmosRequests + b!.cosmosRequests) / Math.max(1, a!.totalOk + b!.totalOk),
  };
}

function printBot(s: BotSection) {
  const row = (name: string, r: PhaseResult) =>
    `${name.padEnd(32)} ${String(r.ops).padStart(6)} ${r.opsPerSec.toFixed(1).padStart(9)} ${r.p50Ms.toFixed(2).padStart(9)} ${r.p99Ms.toFixed(2).padStart(9)} ${String(r.totalErrors).padStart(8)} ${r.cosmosPerOp.toFixed(2).padStart(11)}`;
  console.log(`\n${'phase'.padEnd(32)} ${'ops'.padStart(6)} ${'ops/s'.padStart(9)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'errors'.padStart(8)} ${'cosmos/op'.padStart(11)}`);
  console.log(row('(b)  POST /api/concerns', s.api));
  console.log(row('(c)  bot submit turn', s.bot));
  const mark = (v: number) => (v <= TARGET ? 'PASS' : 'FAIL');
  console.log(`bot / API latency: p50 ${s.p50Ratio.toFixed(2)}× (${mark(s.p50Ratio)}), p99 ${s.p99Ratio.toFixed(2)}× (${mark(s.p99Ratio)}); target <= ${TARGET}×`);
}
