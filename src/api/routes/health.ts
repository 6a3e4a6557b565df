import type { Server } from 'restify';
import type { Store } from '../../core/ports/store.js';
import { sendJson } from '../error-response.js';

/** Servers that are shutting down: they report not ready so the platform sends no new traffic. */
const draining = new WeakSet<Server>();

export const markDraining = (server: Server) => void draining.add(server);

/**
 * Liveness answers without touching anything. Readiness: the configuration
 * was valid (checked at start: the process would not be running otherwise),
 * the store answers, and the instance is not shutting down.
 */
export function registerHealth(server: Server, store: Store, openApi: () => unknown) {
  server.get('/healthz', (_req, res, next) => {
    sendJson(res, 200, { status: 'ok' });
    next(false);
  });
  server.get('/readyz', (_req, res, next) => {
    if (draining.has(server)) {
      sendJson(res, 503, { status: 'shutting down' }, { 'retry-after': '5' });
      return next(false);
    }
    store
      .ping()
      .then(() => sendJson(res, 200, { status: 'ready' }))
      .catch(() => sendJson(res, 503, { status: 'store unreachable' }, { 'retry-after': '5' }))
      .finally(() => next(false));
  });
  server.get('/api/openapi.json', (_req, res, next) => {
    sendJson(res, 200, openApi());
    next(false);
  });
}
