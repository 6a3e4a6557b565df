import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import type { Concern } from '../src/core/model/concern.js';
import { DEMO_SCHOOL_ID, personaByKey } from '../src/local/demo-identity.js';
import { demoSchool } from '../src/local/demo-school.js';
import { ensureContainers, RECORDS_CONTAINER } from '../src/store/containers.js';
import { createCosmosStore } from '../src/store/cosmos-store.js';
import { countReads, itemsRead, minus } from './cosmos-reads.js';
import { countDocuments, LOADS } from './dashboard-scale.js';
import { percentile } from './load.js';
import { bulkCreate, dashboardConcerns, FIXED_CONCERNS, makeConcern, prng } from './scale-data.js';
import { dropDatabases, startBenchApp, type BenchInfra } from './stack.js';

/**
 * One child's chronology among a growing school history: the child has
 * CHILD_CONCERNS concerns, each logged, triaged, closed and with one action set
 * and done (5 entries each, 500 in all); every other record is about other children.
 */
export const CHILD_CONCERNS = 100;
export const ENTRIES_PER_CONCERN = 5;
const CHILD_ID = 'child-bench-chronology';
const DAY = 86_400_000;

export interface ChronologySize {
  records: number;
  documents: number;
  entries: number;
  loads: number;
  errors: number;
  firstError?: string;
  /** Cosmos requests and items per load (median; the same at every load here). */
  requests: number;
  items: number;
  p50Ms: number;
}

export interface ChronologySection {
  sizes: ChronologySize[];
  sec: number;
}

export async function chronologySection(infra: BenchInfra, sizes: number[], log: (m: string) => void): Promise<ChronologySection> {
  const started = performance.now();
  const results: ChronologySize[] = [];
  for (const n of sizes) results.push(await oneSize(infra, n, log));
  return { sizes: results, sec: (performance.now() - started) / 1000 };
}

function* childConcerns(now: Date): Generator<Concern> {
  const rand = prng(7);
  const dsl = personaByKey('dsl')!;
  for (let i = 0; i < CHILD_CONCERNS; i++) {
    const occurredMs = now.getTime() - (i + 1) * 5 * DAY;
    const action = { id: randomUUID(), description: 'Check in with the child each morning', assignee: { oid: dsl.oid, name: dsl.name }, dueDate: new Date(occurredMs + 3 * DAY).toISOString().slice(0, 10), done: true, doneAt: new Date(occurredMs + 3 * DAY).toISOString() };
    const c = makeConcern(rand, DEMO_SCHOOL_ID, { status: 'closed', occurredMs, nowMs: now.getTime(), actions: [action] });
    yield { ...c, children: [{ childId: CHILD_ID, role: 'subject' }], childIds: [CHILD_ID] };
  }
}

async function oneSize(infra: BenchInfra, n: number, log: (m: string) => void): Promise<ChronologySize> {
  const databaseId = `bench-chronology-${n}-${randomUUID().slice(0, 8)}`;
  const database = await ensureContainers(infra.client, databaseId);
  const records = database.container(RECORDS_CONTAINER);
  const counter = countReads(databaseId);
  const store = createCosmosStore(database);
  const app = await startBenchApp(infra, store, { ALERT_SWEEP_SECONDS: '0', ACCESS_CACHE_SECONDS: '3600' });
  const pool = new Pool(app.url, { connections: 1, pipelining: 1, headersTimeout: 120_000, bodyTimeout: 120_000 });
  try {
    const now = new Date();
    await store.children.create({ id: CHILD_ID, type: 'child', schoolId: DEMO_SCHOOL_ID, upn: 'A820000000001', givenName: 'Bench', familyName: 'Child', dateOfBirth: '2017-05-01', yearGroup: '4' });
    const seeded = await countDocuments(records);
    const history = n - CHILD_CONCERNS - FIXED_CONCERNS - seeded;
    if (history < 0) throw new Error(`--sizes: each size must be at least ${CHILD_CONCERNS + FIXED_CONCERNS + seeded} records`);
    log(`chronology: loading ${n.toLocaleString('en-GB')} records…`);
    await bulkCreate(records, DEMO_SCHOOL_ID, childConcerns(now));
    await bulkCreate(records, DEMO_SCHOOL_ID, dashboardConcerns(DEMO_SCHOOL_ID, demoSchool().timeZone, now, history));
    const documents = await countDocuments(records);
    const authorization = `Bearer ${await infra.token('dsl')}`;
    const load = async () => {
      const res = await pool.request({ path: `/api/children/${CHILD_ID}/chronology`, method: 'GET', headers: { authorization } });
      return { status: res.statusCode, text: await res.body.text() };
    };
    for (let i = 0; i < 2; i++) await load();
    const perLoad: { ms: number; requests: number; items: number }[] = [];
    let errors = 0;
    let firstError: string | undefined;
    let entries = 0;
    for (let i = 0; i < LOADS; i++) {
      const [requestsBefore, readsBefore, t] = [infra.cosmosRequests(), counter.now(), performance.now()];
      const { status, text } = await load();
      const ms = performance.now() - t;
      if (status !== 200) {
        errors++;
        firstError ??= `HTTP ${status}: ${text.slice(0, 300)}`;
        continue;
      }
      entries = (JSON.parse(text) as { entries: unknown[] }).entries.length;
      perLoad.push({ ms, requests: infra.cosmosRequests() - requestsBefore, items: itemsRead(minus(counter.now(), readsBefore)) });
    }
    const median = (xs: number[]) => percentile(Float64Array.from(xs).sort(), 0.5);
    return {
      records: n, documents, entries, loads: perLoad.length, errors, firstError,
      requests: median(perLoad.map((l) => l.requests)),
      items: median(perLoad.map((l) => l.items)),
      p50Ms: median(perLoad.map((l) => l.ms)),
    };
  } finally {
    await pool.close();
    await app.close();
    counter.stop();
    await dropDatabases(database);
  }
}

export function printChronology(s: ChronologySection): void {
  const int = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-GB') : '-');
  console.log('');
  console.log(`== One child's chronology at scale: GET /api/children/{id}/chronology as the dsl persona, ${LOADS} loads per size`);
  console.log('records     documents   entries   cosmos req/load   items/load   p50 ms');
  for (const r of s.sizes) {
    console.log(`${int(r.records).padEnd(11)} ${int(r.documents).padEnd(11)} ${int(r.entries).padStart(7)}   ${int(r.requests).padStart(15)}   ${int(r.items).padStart(10)}   ${r.p50Ms.toFixed(1).padStart(6)}`);
    if (r.errors) console.log(`errors at ${int(r.records)}: ${r.errors}; first: ${r.firstError}`);
  }
  const [small, large] = [s.sizes[0], s.sizes[s.sizes.length - 1]];
  if (small && large && small !== large) {
    const same = small.requests === large.requests && small.items === large.items && small.entries === large.entries;
    console.log(`target: the same Cosmos requests and items at ${int(small.records)} and ${int(large.records)} records (${int(small.requests)}/${int(small.items)} vs ${int(large.requests)}/${int(large.items)}): ${same ? 'PASS' : 'MISS'}`);
  }
  console.log(`data: the child has ${CHILD_CONCERNS} concerns (logged, triaged, closed, one action set and done: ${CHILD_CONCERNS * ENTRIES_PER_CONCERN} entries); every other record is about other children.`);
  console.log(`(section: ${s.sec.toFixed(1)} s)`);
}
