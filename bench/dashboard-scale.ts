import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Container } from '@azure/cosmos';
import { Pool } from 'undici';
import { DEMO_SCHOOL_ID } from '../src/local/demo-identity.js';
import { demoSchool } from '../src/local/demo-school.js';
import { ensureContainers, RECORDS_CONTAINER } from '../src/store/containers.js';
import { createCosmosStore } from '../src/store/cosmos-store.js';
import { initialJsSize, type InitialSize } from '../src/tab/build/initial-size.js';
import { countReads, itemsRead, minus, tallyStore, type ReadCount } from './cosmos-reads.js';
import { percentile } from './load.js';
import { heapAfterGcMb } from './memory.js';
import { bulkCreate, dashboardConcerns, FIXED_CONCERNS } from './scale-data.js';
import { dropDatabases, startBenchApp, type BenchInfra } from './stack.js';

/** Loads measured per size, one at a time, after WARMUP_LOADS unmeasured ones. */
export const LOADS = 10;
const WARMUP_LOADS = 2;

export interface DashboardSize {
  concerns: number;
  /** Documents in the container: what the embedded server scans for every query. */
  documents: number;
  bulkLoadSec: number;
  loads: number;
  errors: number;
  firstError?: string;
  /** Embedded server requestCount delta per load: median, min, max. */
  requests: Spread;
  /** Items the server returned per load (query rows + point reads): median, min, max. */
  items: Spread;
  queryPagesPerLoad: number;
  /** Query-plan requests per load (no documents on real Cosmos; a scan on the embedded server). */
  plansPerLoad: number;
  /** Items per store read, per load (from the counting Store wrapper). */
  byRead: Record<string, number>;
  p50Ms: number;
  maxMs: number;
  /** What the DSL saw (the same open work at every size). */
  view: ViewSummary;
  /** Process RSS and JS heap with this size's documents loaded (embedded server and app share the process). */
  rssMb: number;
  heapMb: number;
  /** JS heap after dropping the database and a full GC. */
  heapAfterDropMb: number;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface ViewSummary {
  triageTotal: number;
  triagePage: number;
  overdue: number;
  dueSoon: number;
  patternFlags: number;
  yearTotal: number;
}

export interface DashboardSection {
  sizes: DashboardSize[];
  tab: InitialSize | undefined;
  sec: number;
}

export async function dashboardSection(infra: BenchInfra, sizes: number[], log: (m: string) => void): Promise<DashboardSection> {
  const started = performance.now();
  const results: DashboardSize[] = [];
  for (const n of sizes) {
    const result = await oneSize(infra, n, log);
    result.heapAfterDropMb = heapAfterGcMb();
    results.push(result);
  }
  const distTab = fileURLToPath(new URL('../dist/tab', import.meta.url));
  const tab = existsSync(`${distTab}/index.html`) ? initialJsSize(distTab) : undefined;
  return { sizes: results, tab, sec: (performance.now() - started) / 1000 };
}

async function oneSize(infra: BenchInfra, n: number, log: (m: string) => void): Promise<DashboardSize> {
  const databaseId = `bench-dashboard-${n}-${randomUUID().slice(0, 8)}`;
  const database = await ensureContainers(infra.client, databaseId);
  const records = database.container(RECORDS_CONTAINER);
  const counter = countReads(databaseId);
  const { store, tally } = tallyStore(createCosmosStore(database));
  // No background sweeps; the school directory is read once and stays cached for the run (its refresh is per 60 s, not per load).
  const app = await startBenchApp(infra, store, { ALERT_SWEEP_SECONDS: '0', ACCESS_CACHE_SECONDS: '3600' });
  const pool = new Pool(app.url, { connections: 1, pipelining: 1, headersTimeout: 120_000, bodyTimeout: 120_000 });
  try {
    const seeded = await countConcerns(records);
    const history = n - seeded - FIXED_CONCERNS;
    if (history < 0) throw new Error(`--sizes: each size must be at least ${seeded + FIXED_CONCERNS} concerns`);
    log(`dashboard: loading ${n.toLocaleString('en-GB')} concerns…`);
    const t0 = performance.now();
    await bulkCreate(records, DEMO_SCHOOL_ID, dashboardConcerns(DEMO_SCHOOL_ID, demoSchool().timeZone, new Date(), history));
    const bulkLoadSec = (performance.now() - t0) / 1000;
    const concerns = await countConcerns(records);
    const documents = await countDocuments(records);
    log(`dashboard: ${n.toLocaleString('en-GB')} concerns loaded in ${bulkLoadSec.toFixed(1)} s; ${LOADS} loads…`);
    const authorization = `Bearer ${await infra.token('dsl')}`;
    const load = async () => {
      const res = await pool.request({ path: '/api/dashboard', method: 'GET', headers: { authorization } });
      const text = await res.body.text();
      return { status: res.statusCode, text };
    };
    for (let i = 0; i < WARMUP_LOADS; i++) await load();
    const perLoad: { ms: number; requests: number; reads: ReadCount }[] = [];
    let errors = 0;
    let firstError: string | undefined;
    let view: ViewSummary | undefined;
    tally.clear();
    for (let i = 0; i < LOADS; i++) {
      const requestsBefore = infra.cosmosRequests();
      const readsBefore = counter.now();
      const t = performance.now();
      const { status, text } = await load();
      const ms = performance.now() - t;
      if (status !== 200) {
        errors++;
        firstError ??= `HTTP ${status}: ${text.slice(0, 300)}`;
        continue;
      }
      view ??= summarize(JSON.parse(text));
      perLoad.push({ ms, requests: infra.cosmosRequests() - requestsBefore, reads: minus(counter.now(), readsBefore) });
    }
    const byRead = Object.fromEntries([...tally].map(([k, v]) => [k, v / Math.max(1, perLoad.length)]));
    const rss = process.memoryUsage().rss / (1024 * 1024);
    return {
      concerns, documents, bulkLoadSec, loads: perLoad.length, errors, firstError,
      requests: spread(perLoad.map((l) => l.requests)),
      items: spread(perLoad.map((l) => itemsRead(l.reads))),
      queryPagesPerLoad: spread(perLoad.map((l) => l.reads.queryPages)).median,
      plansPerLoad: spread(perLoad.map((l) => l.reads.plans)).median,
      byRead,
      p50Ms: percentile(Float64Array.from(perLoad.map((l) => l.ms)).sort(), 0.5),
      maxMs: Math.max(...perLoad.map((l) => l.ms)),
      view: view ?? { triageTotal: 0, triagePage: 0, overdue: 0, dueSoon: 0, patternFlags: 0, yearTotal: 0 },
      rssMb: rss,
      heapMb: process.memoryUsage().heapUsed / (1024 * 1024),
      heapAfterDropMb: Number.NaN,
    };
  } finally {
    await pool.close();
    await app.close();
    counter.stop();
    await dropDatabases(database);
  }
}

function summarize(body: {
  triage: { total: number; items: unknown[] };
  actions: { overdue: unknown[]; dueSoon: unknown[] };
  patterns: { items: unknown[] };
  counts: { key: string; total: number }[];
}): ViewSummary {
  return {
    triageTotal: body.triage.total,
    triagePage: body.triage.items.length,
    overdue: body.actions.overdue.length,
    dueSoon: body.actions.dueSoon.length,
    patternFlags: body.patterns.items.length,
    yearTotal: body.counts.find((c) => c.key === 'year')?.total ?? 0,
  };
}

function spread(xs: number[]): Spread {
  if (xs.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  const sorted = Float64Array.from(xs).sort();
  return { median: percentile(sorted, 0.5), min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

async function countConcerns(records: Container): Promise<number> {
  const q = { query: "SELECT VALUE COUNT(1) FROM c WHERE c.schoolId = @s AND c.type = 'concern'", parameters: [{ name: '@s', value: DEMO_SCHOOL_ID }] };
  const { resources } = await records.items.query<number>(q, { partitionKey: DEMO_SCHOOL_ID }).fetchAll();
  return resources[0] ?? 0;
}

/**
 * Every document in the container — here all in the one school's partition —
 * which is what each query on the embedded server walks through.
 */
export async function countDocuments(records: Container, partitionKey = DEMO_SCHOOL_ID): Promise<number> {
  const q = { query: 'SELECT VALUE COUNT(1) FROM c WHERE c.schoolId = @s', parameters: [{ name: '@s', value: partitionKey }] };
  const { resources } = await records.items.query<number>(q, { partitionKey }).fetchAll();
  return resources[0] ?? 0;
}
