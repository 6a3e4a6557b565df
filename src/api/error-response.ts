import type { ServerResponse } from 'node:http';
import { LanternError } from '../core/errors.js';
import { HTTP_STATUS, RETRY_AFTER_SECONDS } from './error-status.js';
import type { Logger } from './log.js';
import { RateLimitedError } from './rate-limit.js';

/** Turns any thrown value into the JSON error body every endpoint uses. Unknown errors never leak details. */
export function toErrorResponse(err: unknown, correlationId: string, log: Logger) {
  const e =
    err instanceof LanternError
      ? err
      : new LanternError('internal', 'Something went wrong on our side. Nothing was saved; please try again.');
  if (!(err instanceof LanternError)) {
    log.log('error', 'unhandled error', { correlationId, error: err instanceof Error ? err.stack : String(err) });
  }
  const status = HTTP_STATUS[e.code];
  const headers: Record<string, string> = {};
  if (status === 503) headers['retry-after'] = String(RETRY_AFTER_SECONDS);
  if (e instanceof RateLimitedError) headers['retry-after'] = String(e.retryAfterSeconds);
  if (status === 401) headers['www-authenticate'] = 'Bearer error="invalid_token"';
  const body = {
    error: { code: e.code, ...(e.reason ? { reason: e.reason } : {}), message: e.message, ...(e.problems.length ? { problems: e.problems } : {}), correlationId },
  };
  return { status, headers, body };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.headersSent) return;
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
  });
  res.end(payload);
}
