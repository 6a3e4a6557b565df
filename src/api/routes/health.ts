import type { Server } from 'restify';
import type { Store } from '../../core/ports/store.js';
import { sendJson } from '../error-response.js';

/** Liveness answers without touching anything; readiness proves the store answers. */
export function registerHealth(server: Server, store: Store, openApi: () => unknown) {
  server.get('/healthz', (_req, res, next) => {
    sendJson(res, 200, { status: 'ok' });
    next(false);
  });
  server.get('/readyz', (_req, res, next) => {
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
