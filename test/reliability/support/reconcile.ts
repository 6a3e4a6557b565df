import { readFileSync } from 'node:fs';
import { createCosmosClient } from '../../../src/store/cosmos-client.js';
import { RECORDS_CONTAINER } from '../../../src/store/containers.js';
import { EMULATOR_KEY } from '../../../src/store/embedded/emulator-key.js';
import { DEMO_SCHOOL_ID } from '../../../src/local/demo-identity.js';
import type { LoadResult } from './load.js';

/** One row of the results table. */
export interface RunReport {
  run: string;
  requests: number;
  acknowledged: number;
  stored: number;
  duplicates: number;
  lost: number;
  /** A concern without its create audit event, or a create event without its concern. */
  halfWritten: number;
  fiveHundreds: number;
  p50Ms: number;
  p99Ms: number;
}

interface StoredConcern { id: string; account: string }
interface StoredAudit { id: string; recordId: string }

/**
 * Reads every concern and concern-create audit event of the demo school
 * straight from the store and compares them with what clients saw acknowledged.
 */
export async function reconcile(run: string, store: { endpoint: string; caFile: string }, database: string, load: LoadResult): Promise<RunReport> {
  const { concerns, creates } = await readSchool(store, database);
  const marker = (c: StoredConcern) => /\[([^\]]+)\]/.exec(c.account)?.[1];
  const byKey = new Map<string, StoredConcern[]>();
  for (const c of concerns) {
    const key = marker(c);
    if (key?.startsWith(`${run}-`)) byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  const concernIds = new Set(concerns.map((c) => c.id));
  const createsPer = new Map<string, number>();
  for (const a of creates) createsPer.set(a.recordId, (createsPer.get(a.recordId) ?? 0) + 1);
  const lost = [...load.acknowledged].filter(([key, id]) => !byKey.get(key)?.some((c) => c.id === id)).length;
  const duplicates = [...byKey.values()].reduce((n, list) => n + list.length - 1, 0) + [...createsPer.values()].reduce((n, k) => n + k - 1, 0);
  const halfWritten = concerns.filter((c) => !createsPer.has(c.id)).length + creates.filter((a) => !concernIds.has(a.recordId)).length;
  return {
    run,
    requests: load.requests,
    acknowledged: load.acknowledged.size,
    stored: [...byKey.values()].reduce((n, list) => n + list.length, 0),
    duplicates,
    lost,
    halfWritten,
    fiveHundreds: load.fiveHundreds,
    p50Ms: percentile(load.latenciesMs, 0.5),
    p99Ms: percentile(load.latenciesMs, 0.99),
  };
}

export async function readSchool(store: { endpoint: string; caFile: string }, database: string) {
  const client = createCosmosClient({ endpoint: store.endpoint, key: EMULATOR_KEY, ca: readFileSync(store.caFile, 'utf8') });
  try {
    const records = client.database(database).container(RECORDS_CONTAINER);
    const query = <T>(sql: string) =>
      records.items.query<T>({ query: sql, parameters: [{ name: '@s', value: DEMO_SCHOOL_ID }] }, { partitionKey: DEMO_SCHOOL_ID }).fetchAll();
    const concerns = (await query<StoredConcern>("SELECT c.id, c.account FROM c WHERE c.schoolId = @s AND c.type = 'concern'")).resources;
    const creates = (await query<StoredAudit>("SELECT c.id, c.recordId FROM c WHERE c.schoolId = @s AND c.type = 'audit' AND c.action = 'concern.create'")).resources;
    return { concerns, creates };
  } finally {
    client.dispose();
  }
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!);
}
