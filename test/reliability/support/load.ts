import { Pool } from 'undici';

/** An app instance clients may call, with a bearer token per persona. */
export interface Target {
  url: string;
  token(persona: string): Promise<string>;
}

export interface LoadOptions {
  /** Names the run; every concern it logs carries `[<runId>-…]` in its account. */
  runId: string;
  targets: Target[];
  /** Concurrent clients; one in `readerEvery` is a DSL reading the triage queue, the rest log concerns. */
  clients: number;
  readerEvery?: number;
  durationMs: number;
  /** After the run, how long clients keep retrying writes not yet acknowledged. */
  settleMs?: number;
}

export interface LoadResult {
  /** Requests answered (with any status); attempts that found no server are counted in `statuses` by error code. */
  requests: number;
  /** Idempotency-Key → concern id the API acknowledged (201, or 200 replayed). */
  acknowledged: Map<string, string>;
  /** Keys whose write was never acknowledged (still failing when retries stopped). */
  unacknowledged: string[];
  statuses: Record<string, number>;
  fiveHundreds: number;
  /** Requests with no answer within CLIENT_TIMEOUT_MS. */
  hung: number;
  latenciesMs: number[];
  readLatenciesMs: number[];
  writeLatenciesMs: number[];
}

/** A client gives up on one request after this long and counts it as hung (the API promises 20 s). */
export const CLIENT_TIMEOUT_MS = 30_000;
/** Clients honour Retry-After, capped so a test run stays short. */
const MAX_BACKOFF_MS = 1_000;
const WRITERS = ['teacher', 'teacher2'];

/**
 * Drives the API as `clients` concurrent users for `durationMs`. Writers log
 * concerns, each with its own Idempotency-Key, and retry a write on a
 * connection error, 429 or 5xx with the same key and body until acknowledged.
 * `stop()` ends the run early (no new concerns; unacknowledged ones are retried
 * for `settleMs`).
 */
export function startLoad(opts: LoadOptions) {
  const pools = new Map(opts.targets.map((t) => [t.url, new Pool(t.url, { connections: Math.ceil(opts.clients / opts.targets.length) + 8, headersTimeout: CLIENT_TIMEOUT_MS, bodyTimeout: CLIENT_TIMEOUT_MS })]));
  const result: LoadResult = { requests: 0, acknowledged: new Map(), unacknowledged: [], statuses: {}, fiveHundreds: 0, hung: 0, latenciesMs: [], readLatenciesMs: [], writeLatenciesMs: [] };
  let endAt = Date.now() + opts.durationMs;
  let giveUpAt = endAt + (opts.settleMs ?? 30_000);
  let turn = 0;
  const occurredAt = new Date(Date.now() - 3_600_000).toISOString();

  const send = async (method: 'GET' | 'POST', path: string, persona: string, body?: unknown, key?: string) => {
    const target = opts.targets[turn++ % opts.targets.length]!;
    const started = performance.now();
    try {
      const headers: Record<string, string> = { authorization: `Bearer ${await target.token(persona)}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (key) headers['idempotency-key'] = key;
      const res = await pools.get(target.url)!.request({ method, path, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.body.text();
      result.requests += 1;
      result.latenciesMs.push(performance.now() - started);
      (method === 'GET' ? result.readLatenciesMs : result.writeLatenciesMs).push(performance.now() - started);
      count(result, String(res.statusCode));
      if (res.statusCode >= 500) result.fiveHundreds += 1;
      return { status: res.statusCode, retryAfter: Number(res.headers['retry-after'] ?? 0), json: text ? (JSON.parse(text) as { id?: string }) : undefined };
    } catch (e) {
      const code = (e as { code?: string }).code ?? 'error';
      if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') result.hung += 1;
      count(result, code);
      return { status: 0, retryAfter: 0, json: undefined };
    }
  };

  const logConcern = async (client: number, n: number) => {
    const key = `${opts.runId}-client${client}-${n}`;
    const persona = WRITERS[client % WRITERS.length]!;
    const body = concernFor(key, n, occurredAt);
    while (Date.now() < giveUpAt) {
      const r = await send('POST', '/api/concerns', persona, body, key);
      if ((r.status === 201 || r.status === 200) && r.json?.id) return void result.acknowledged.set(key, r.json.id);
      if (r.status >= 400 && r.status < 500 && r.status !== 429 && r.status !== 408) break; // refused: not retryable
      await pause(r.retryAfter ? Math.min(r.retryAfter * 1000, MAX_BACKOFF_MS) : r.status === 0 ? 250 : 100);
    }
    result.unacknowledged.push(key);
  };

  const writer = async (client: number) => {
    for (let n = 0; Date.now() < endAt; n++) await logConcern(client, n);
  };
  const reader = async () => {
    while (Date.now() < endAt) {
      const r = await send('GET', '/api/concerns?status=new&order=recordedAt-desc&limit=20', 'dsl');
      if (r.status !== 200) await pause(100);
    }
  };

  const every = opts.readerEvery ?? 10;
  const done = Promise.all(Array.from({ length: opts.clients }, (_, i) => (i % every === every - 1 ? reader() : writer(i)))).then(async () => {
    await Promise.all([...pools.values()].map((p) => p.close()));
    return result;
  });
  return {
    done,
    /** Ends the run now; unacknowledged writes are retried for `settleMs` more. */
    stop(settleMs = 0) {
      endAt = Date.now();
      giveUpAt = endAt + settleMs;
    },
  };
}

const count = (r: LoadResult, key: string) => void (r.statuses[key] = (r.statuses[key] ?? 0) + 1);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The concern a load client logs under `key`: the same body on every retry, the key in its account. */
export function concernFor(key: string, n: number, occurredAt: string) {
  return {
    children: [{ childId: `child-${String((n % 30) + 1).padStart(3, '0')}`, role: 'subject' }],
    categories: ['welfare'],
    account: `Load test concern [${key}]: said she had not eaten since yesterday.`,
    occurredAt,
    location: 'Playground',
    parentsInformed: { informed: false, reason: 'DSL to decide' },
  };
}
