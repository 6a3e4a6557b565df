import { createApiClient, type ApiClient } from '../../../src/tab/api/client.js';

export interface FakeCall {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: unknown;
}

export type FakeReply = { status?: number; body?: unknown; etag?: string };
export type FakeRoute = (call: FakeCall) => FakeReply | Promise<FakeReply>;

/** A fetch that answers from a table of "METHOD /path" → reply, and records every call. */
export function fakeFetch(routes: Record<string, FakeRoute | FakeReply>) {
  const calls: FakeCall[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const path = String(input);
    const method = init.method ?? 'GET';
    const call: FakeCall = { method, path, headers: (init.headers ?? {}) as Record<string, string>, body: init.body ? JSON.parse(String(init.body)) : undefined };
    calls.push(call);
    const route = routes[`${method} ${path}`] ?? routes[`${method} ${path.split('?')[0]}`];
    const reply = typeof route === 'function' ? await route(call) : route;
    if (!reply) return new Response(JSON.stringify({ error: { code: 'not_found', message: 'No such endpoint. See /api/openapi.json.' } }), { status: 404 });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (reply.etag) headers.etag = reply.etag;
    return new Response(reply.body === undefined ? '' : JSON.stringify(reply.body), { status: reply.status ?? 200, headers });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

export function fakeApi(routes: Record<string, FakeRoute | FakeReply>): { api: ApiClient; calls: FakeCall[] } {
  const { fetch, calls } = fakeFetch(routes);
  return { api: createApiClient({ token: async () => 'test-token', fetch }), calls };
}
