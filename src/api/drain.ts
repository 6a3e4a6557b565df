import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';

/**
 * Stops an HTTP server gracefully: no new connections; requests in flight
 * finish and their responses say `Connection: close`; idle keep-alive
 * connections are closed as they become idle. After `graceMs` whatever is
 * left is cut. Resolves with whether every request finished.
 */
export function drainHttpServer(http: HttpServer, graceMs: number): Promise<'drained' | 'cut'> {
  const inFlight = inFlightResponses(http);
  const closeWhenDone = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('connection', 'close');
  };
  return new Promise((resolve) => {
    let settled = false;
    const finish = (how: 'drained' | 'cut') => {
      if (settled) return;
      settled = true;
      clearTimeout(cut);
      clearInterval(sweep);
      http.off('request', onRequest);
      resolve(how);
    };
    // Requests still arriving on open keep-alive connections are served, then their connection closes.
    const onRequest = (_req: IncomingMessage, res: ServerResponse) => closeWhenDone(res);
    http.on('request', onRequest);
    inFlight.forEach(closeWhenDone);
    const sweep = setInterval(() => http.closeIdleConnections(), 50);
    const cut = setTimeout(() => {
      http.closeAllConnections();
      finish(inFlight.size === 0 ? 'drained' : 'cut');
    }, graceMs);
    http.close(() => finish('drained'));
    http.closeIdleConnections();
  });
}

const tracked = new WeakMap<HttpServer, Set<ServerResponse>>();

/** The responses a server has not finished yet (tracking starts at the first call; call it before listening). */
export function inFlightResponses(http: HttpServer): Set<ServerResponse> {
  let set = tracked.get(http);
  if (!set) {
    const responses = new Set<ServerResponse>();
    http.prependListener('request', (_req, res) => {
      responses.add(res);
      res.once('close', () => responses.delete(res));
    });
    tracked.set(http, responses);
    set = responses;
  }
  return set;
}
