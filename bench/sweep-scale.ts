import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sweepOnce, type SweepResult } from '../src/alerts/sweep.js';
import { calendarFor } from '../src/core/calendar/school-calendar.js';
import { DEFAULT_ALERT_SETTINGS } from '../src/core/model/school.js';
import type { Deps } from '../src/core/usecases/context.js';
import { demoSchool } from '../src/local/demo-school.js';
import { ensureContainers, RECORDS_CONTAINER } from '../src/store/containers.js';
import { createCosmosStore } from '../src/store/cosmos-store.js';
import { countReads, itemsRead, minus, type ReadCount } from './cosmos-reads.js';
import { countDocuments } from './dashboard-scale.js';
import { heapAfterGcMb } from './memory.js';
import { bulkCreate, closedReferrals, openReferrals } from './scale-data.js';
import { dropDatabases, type BenchInfra } from './stack.js';

/** The sweep's fixed clock: a Wednesday in term (demo school calendar), 09:30 in London. */
export const SWEEP_CLOCK = new Date('2027-03-10T09:30:00Z');
export const OPEN_REFERRALS = 100;
/** Sweeps after the first (nothing new to raise): the median of these is reported. */
const REPEATS = 3;

export interface SweepRun {
  ms: number;
  requests: number;
  reads: ReadCount;
  raised: number;
}

export interface SweepSize {
  closed: number;
  open: number;
  /** Documents in the container: what each query on the embedded server walks through. */
  documents: number;
  bulkLoadSec: number;
  /** The sweep that raises the alerts 100 due/overdue referrals call for. */
  first: SweepRun;
  /** Median (by time) of the sweeps after it, which find every alert already raised. */
  repeat: SweepRun;
  rssMb: number;
  heapMb: number;
  heapAfterDropMb: number;
}

export interface SweepSection {
  clock: string;
  sizes: SweepSize[];
  sec: number;
}

export async function sweepSection(infra: BenchInfra, sizes: number[], log: (m: string) => void): Promise<SweepSection> {
  const started = performance.now();
  const results: SweepSize[] = [];
  for (const n of sizes) {
    const result = await oneSize(infra, n, log);
    result.heapAfterDropMb = heapAfterGcMb();
    results.push(result);
  }
  return { clock: SWEEP_CLOCK.toISOString(), sizes: results, sec: (performance.now() - started) / 1000 };
}

async function oneSize(infra: BenchInfra, closed: number, log: (m: string) => void): Promise<SweepSize> {
  const databaseId = `bench-sweep-${closed}-${randomUUID().slice(0, 8)}`;
  const database = await ensureContainers(infra.client, databaseId);
  const records = database.container(RECORDS_CONTAINER);
  const counter = countReads(databaseId);
  try {
    const store = createCosmosStore(database);
    const school = demoSchool();
    await store.schools.create(school);
    const alerts = school.alerts ?? DEFAULT_ALERT_SETTINGS;
    const horizon = calendarFor(school).dueAt(SWEEP_CLOCK, { amount: alerts.dueSoonWorkingDays, unit: 'working-days' });
    log(`sweep: loading ${closed.toLocaleString('en-GB')} closed + ${OPEN_REFERRALS} open referrals…`);
    const t0 = performance.now();
    await bulkCreate(records, school.id, concat(closedReferrals(school, SWEEP_CLOCK, closed), openReferrals(school, SWEEP_CLOCK, horizon, OPEN_REFERRALS)));
    const bulkLoadSec = (performance.now() - t0) / 1000;
    const documents = await countDocuments(records, school.id);
    log(`sweep: loaded in ${bulkLoadSec.toFixed(1)} s; sweeping…`);
    const deps: Deps = { store, clock: () => SWEEP_CLOCK, newId: randomUUID };
    const holder = `bench-${randomUUID()}`;
    const sweep = async (): Promise<SweepRun> => {
      const requestsBefore = infra.cosmosRequests();
      const readsBefore = counter.now();
      const t = performance.now();
      const result = await sweepOnce(deps, SWEEP_CLOCK, undefined, holder, 60_000);
      const ms = performance.now() - t;
      check(result);
      return { ms, requests: infra.cosmosRequests() - requestsBefore, reads: minus(counter.now(), readsBefore), raised: result.raised };
    };
    const first = await sweep();
    if (first.raised === 0) throw new Error('sweep: the first sweep raised no alerts; the open referrals are not due');
    const repeats: SweepRun[] = [];
    for (let i = 0; i < REPEATS; i++) repeats.push(await sweep());
    repeats.sort((a, b) => a.ms - b.ms);
    const mem = process.memoryUsage();
    return {
      closed, open: OPEN_REFERRALS, documents, bulkLoadSec, first, repeat: repeats[Math.floor(REPEATS / 2)]!,
      rssMb: mem.rss / (1024 * 1024), heapMb: mem.heapUsed / (1024 * 1024), heapAfterDropMb: Number.NaN,
    };
  } finally {
    counter.stop();
    await dropDatabases(database);
  }
}

function check(result: SweepResult) {
  if (!result.ran) throw new Error('sweep: did not get the lease');
  if (result.failures.length) throw new Error(`sweep failed: ${result.failures.map((f) => f.error).join('; ')}`);
}

function* concat<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const part of parts) yield* part;
}

export const sweepItems = (r: SweepRun) => itemsRead(r.reads);
