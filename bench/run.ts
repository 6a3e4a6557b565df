import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { LoadOptions } from './load.js';
import { apiCreatePhase, rawCreatePhase, type PhaseResult } from './phases.js';
import { figuresOf, printFigures, type RunSettings } from './report.js';
import { startBenchStack, type BenchStack } from './stack.js';

/** More errors than this share of requests fails the run. */
const MAX_ERROR_SHARE = 0.01;

interface Cli extends RunSettings {
  json: boolean;
  out?: string;
}

function readCli(): Cli {
  const { values } = parseArgs({
    options: {
      concurrency: { type: 'string', default: '20' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  });
  const concurrency = positive('concurrency', values.concurrency);
  const durationSec = positive('duration', values.duration);
  const warmupSec = Number(values.warmup);
  if (!(warmupSec >= 0)) throw new Error('--warmup must be a number of seconds >= 0');
  if (values.json && !values.out) throw new Error('--json needs --out <file>');
  return { concurrency: Math.round(concurrency), durationSec, warmupSec, json: values.json ?? false, out: values.out };
}

function positive(name: string, raw: string | undefined): number {
  const n = Number(raw);
  if (!(n > 0)) throw new Error(`--${name} must be a positive number`);
  return n;
}

const rssMb = () => process.memoryUsage().rss / (1024 * 1024);

async function runPhases(stack: BenchStack, cli: Cli) {
  const load: LoadOptions = { concurrency: cli.concurrency, warmupMs: cli.warmupSec * 1000, durationMs: cli.durationSec * 1000 };
  log('(a1) raw cosmos create…');
  const rawFirst = await rawCreatePhase(stack, load);
  log('(b) POST /api/concerns…');
  const rssBefore = rssMb();
  const api = await apiCreatePhase(stack, load);
  const rssGrowthMb = rssMb() - rssBefore;
  log('(a2) raw cosmos create…');
  const rawSecond = await rawCreatePhase(stack, load);
  return figuresOf(cli, rawFirst, api, rawSecond, rssGrowthMb);
}

/** Prints each phase's first error; true when any phase errored on more than MAX_ERROR_SHARE of its requests. */
function reportErrors(phases: Record<string, PhaseResult>): boolean {
  let failed = false;
  for (const [name, r] of Object.entries(phases)) {
    if (r.totalErrors === 0) continue;
    const share = r.totalErrors / (r.totalErrors + r.totalOk);
    console.error(`${name}: ${r.totalErrors} errors (${(share * 100).toFixed(2)}%); first: ${r.firstError}`);
    if (share > MAX_ERROR_SHARE) failed = true;
  }
  return failed;
}

const log = (message: string) => console.error(`[bench] ${message}`);

async function main() {
  const cli = readCli();
  log('starting embedded Cosmos, dev IdP and Lantern…');
  const stack = await startBenchStack();
  try {
    const figures = await runPhases(stack, cli);
    printFigures(figures);
    if (cli.json) await writeFile(cli.out!, `${JSON.stringify(figures, null, 2)}\n`);
    if (reportErrors({ '(a1) raw cosmos create': figures.rawFirst, '(b) POST /api/concerns': figures.api, '(a2) raw cosmos create': figures.rawSecond })) {
      console.error(`FAILED: more than ${MAX_ERROR_SHARE * 100}% of requests errored.`);
      process.exitCode = 1;
    }
  } finally {
    await stack.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1); // a half-started stack must not keep the process alive
});
