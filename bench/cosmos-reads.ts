import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Store } from '../src/core/ports/store.js';

/**
 * Items read, counted where they leave the embedded Cosmos server: Node's
 * `http.server.response.finish` diagnostics channel reports every response the
 * server finished, with its request. A query page carries `x-ms-item-count`
 * (the documents or aggregate rows in that page, as real Cosmos does); a point
 * read of one document (GET …/docs/{id}) answered 200 is one item. Writes
 * count nothing. Passive: it changes no response and costs nothing measurable.
 * Counted per database, so only the store under test is seen.
 *
 * Query-plan requests (`x-ms-cosmos-is-query-plan-request`, which the SDK
 * sends before a query) are counted apart: real Cosmos answers them with a
 * plan and reads no documents, but the embedded server does not know them and
 * runs the query, so their rows would count every item twice.
 */
export interface ReadCount {
  requests: number;
  /** Query-plan requests: a real Cosmos request, but no documents read (see above). */
  plans: number;
  queryPages: number;
  queryItems: number;
  pointReads: number;
}

export const itemsRead = (c: ReadCount) => c.queryItems + c.pointReads;

const POINT_READ = /^\/dbs\/[^/]+\/colls\/[^/]+\/docs\/[^/?]+$/;

export interface ReadCounter {
  /** Totals so far for the database. */
  now(): ReadCount;
  stop(): void;
}

export function countReads(databaseId: string): ReadCounter {
  const prefix = `/dbs/${encodeURIComponent(databaseId)}/`;
  const total: ReadCount = { requests: 0, plans: 0, queryPages: 0, queryItems: 0, pointReads: 0 };
  const onFinish = (message: unknown) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    if (!request.url?.startsWith(prefix) || request.headers['x-ms-version'] === undefined) return;
    total.requests += 1;
    if (String(request.headers['x-ms-cosmos-is-query-plan-request']).toLowerCase() === 'true') {
      total.plans += 1;
      return;
    }
    const itemCount = response.getHeader('x-ms-item-count');
    if (itemCount !== undefined) {
      total.queryPages += 1;
      total.queryItems += Number(itemCount);
    } else if (request.method === 'GET' && response.statusCode === 200 && POINT_READ.test(request.url)) {
      total.pointReads += 1;
    }
  };
  subscribe('http.server.response.finish', onFinish);
  return { now: () => ({ ...total }), stop: () => unsubscribe('http.server.response.finish', onFinish) };
}

export const minus = (a: ReadCount, b: ReadCount): ReadCount => ({
  requests: a.requests - b.requests,
  plans: a.plans - b.plans,
  queryPages: a.queryPages - b.queryPages,
  queryItems: a.queryItems - b.queryItems,
  pointReads: a.pointReads - b.pointReads,
});

/** Methods that write; everything else on the Store is a read. */
const WRITES = new Set(['create', 'replace', 'append', 'raise', 'acquire', 'release', 'ping', 'upsert', 'delete', 'remove', 'save', 'put', 'set', 'record']);

/** Items a store read handed back: rows of a list or page, one for a single document or aggregate, none for nothing. */
function itemsOf(result: unknown): number {
  if (result === undefined || result === null || typeof result === 'boolean') return 0;
  if (Array.isArray(result)) return result.length;
  if (typeof result === 'object' && Array.isArray((result as { items?: unknown }).items)) return (result as { items: unknown[] }).items.length;
  return 1;
}

/**
 * The Store with every read method counting the items it returns, by
 * `area.method` (e.g. `dashboard.childIdsSince: 80`). Where the wire count
 * says how many items crossed, this says which read asked for them.
 */
export function tallyStore(store: Store): { store: Store; tally: Map<string, number> } {
  const tally = new Map<string, number>();
  const wrapped: Record<string, unknown> = {};
  for (const [area, value] of Object.entries(store)) {
    if (typeof value !== 'object' || value === null) {
      wrapped[area] = typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(store) : value;
      continue;
    }
    const sub: Record<string, unknown> = {};
    for (const [name, fn] of Object.entries(value as Record<string, unknown>)) {
      if (typeof fn !== 'function' || WRITES.has(name)) {
        sub[name] = typeof fn === 'function' ? fn.bind(value) : fn;
        continue;
      }
      const key = `${area}.${name}`;
      sub[name] = async (...args: unknown[]) => {
        const result: unknown = await (fn as (...a: unknown[]) => unknown).apply(value, args);
        tally.set(key, (tally.get(key) ?? 0) + itemsOf(result));
        return result;
      };
    }
    wrapped[area] = sub;
  }
  return { store: wrapped as unknown as Store, tally };
}
