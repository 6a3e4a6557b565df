import type { Server as HttpServer } from 'node:http';
import type { Server } from 'restify';
import type { Config } from '../config/config.js';

/** Limits that cut off slow or oversized requests before they reach a route. */
export interface HttpTimeouts {
  /** Time allowed to receive a request's headers (slow headers get 408 and the connection closes). */
  headersTimeoutMs: number;
  /** Time allowed to receive the whole request, body included (a trickled body is cut off). */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open; longer than the platform front end's idle timeout. */
  keepAliveTimeoutMs: number;
  /** Largest request head accepted; a larger one gets 431. */
  maxHeaderBytes: number;
}

export const httpTimeouts = (config: Config): HttpTimeouts => ({
  headersTimeoutMs: config.HTTP_HEADERS_TIMEOUT_MS,
  requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_MS,
  keepAliveTimeoutMs: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
  maxHeaderBytes: config.HTTP_MAX_HEADER_BYTES,
});

/**
 * Applies the limits to restify's Node HTTP server. Set before `listen`: Node
 * reads maxHeaderSize for each new connection and starts checking headers and
 * request timeouts when the server starts listening, every
 * connectionsCheckingInterval — kept well under the timeouts so a slow client
 * is cut off close to its deadline (Node's default checks every 30 s).
 */
export function applyServerTimeouts(server: Server, t: HttpTimeouts): void {
  const http = server.server as HttpServer & { maxHeaderSize?: number; connectionsCheckingInterval: number };
  http.headersTimeout = t.headersTimeoutMs;
  http.requestTimeout = t.requestTimeoutMs;
  http.keepAliveTimeout = t.keepAliveTimeoutMs;
  http.maxHeaderSize = t.maxHeaderBytes;
  http.connectionsCheckingInterval = Math.max(50, Math.min(1000, Math.floor(t.headersTimeoutMs / 4)));
}
