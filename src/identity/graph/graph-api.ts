import {
  AuthenticationHandler,
  Client,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { GraphFailure, toGraphFailure } from './graph-errors.js';
import type { TokenSource } from './token-source.js';

export interface GraphApiOptions {
  /** https://graph.microsoft.com, a national cloud's Graph, or a test stand-in. */
  baseUrl: string;
  tokens: TokenSource;
  send: typeof fetch;
  /** Give up on one HTTP request after this long. */
  timeoutMs?: number;
  /** Retries after 429 / 503 / 504, each waiting Retry-After (or a short back-off). */
  maxRetries?: number;
  /** Longest Retry-After Lantern waits for while a person waits on the answer. */
  maxRetryAfterSeconds?: number;
}

export interface GraphApi {
  get<T>(path: string, headers?: Record<string, string>): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  /** Every item of a collection, following `@odata.nextLink` — only ever to the configured Graph host. */
  getAll<T>(path: string, headers?: Record<string, string>): Promise<T[]>;
}

const MAX_PAGES = 500;

/** The Graph client (@microsoft/microsoft-graph-client) with Lantern's retry limits, timeout and transport. */
export function createGraphApi(opts: GraphApiOptions): GraphApi {
  const base = new URL(opts.baseUrl);
  const client = Client.initWithMiddleware({
    baseUrl: base.origin,
    defaultVersion: 'v1.0',
    customHosts: new Set([base.hostname]),
    middleware: chain(opts),
  });
  const request = async <T>(what: string, run: () => Promise<T>) => {
    try {
      return await run();
    } catch (e) {
      throw toGraphFailure(e, what);
    }
  };
  const get = <T>(path: string, headers: Record<string, string> = {}) => request<T>(`GET ${pathOnly(path)}`, () => client.api(path).headers(headers).get());
  return {
    get,
    post: (path, body) => request(`POST ${pathOnly(path)}`, () => client.api(path).post(body)),
    async getAll<T>(path: string, headers: Record<string, string> = {}) {
      const items: T[] = [];
      let next: string | undefined = path;
      for (let page = 0; next && page < MAX_PAGES; page++) {
        const body: { value?: T[]; '@odata.nextLink'?: string } = await get(next, headers);
        items.push(...(body.value ?? []));
        next = body['@odata.nextLink'];
        if (next && new URL(next).origin !== base.origin) throw new GraphFailure('Microsoft Graph sent a next-page link to another host; it was not followed');
      }
      if (next) throw new GraphFailure(`Microsoft Graph returned more than ${MAX_PAGES} pages`);
      return items;
    },
  };
}

function chain(opts: GraphApiOptions): Middleware[] {
  const maxWait = opts.maxRetryAfterSeconds ?? 5;
  const shouldRetry = (_delay: number, _attempt: number, _req: unknown, _opts: unknown, res: Response) => retryAfterSeconds(res) <= maxWait;
  const retry = new RetryHandlerOptions(1, opts.maxRetries ?? 2, shouldRetry);
  return [
    new AuthenticationHandler({ getAccessToken: () => opts.tokens.getAccessToken() }),
    new RetryHandler(retry),
    new TelemetryHandler(),
    new FetchHandler(opts.send, opts.timeoutMs ?? 8_000),
  ];
}

/** Seconds the response asks us to wait; 0 when it does not say. */
function retryAfterSeconds(res: Response): number {
  const value = res.headers.get('retry-after');
  if (value === null) return 0;
  const seconds = Number(value);
  return Number.isFinite(seconds) ? seconds : Math.max(0, (Date.parse(value) - Date.now()) / 1000);
}

/** The last link of the chain: sends the request with `fetch`, with a timeout. */
class FetchHandler implements Middleware {
  constructor(
    private readonly send: typeof fetch,
    private readonly timeoutMs: number,
  ) {}

  async execute(context: Context): Promise<void> {
    context.response = await this.send(context.request, { ...(context.options as RequestInit), signal: AbortSignal.timeout(this.timeoutMs) });
  }
}

/** A request's path without its query, for error messages. */
const pathOnly = (path: string) => (path.startsWith('http') ? new URL(path).pathname : path.split('?')[0]!);
