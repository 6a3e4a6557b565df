import { createServer, request, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** What the proxy does to each request on its way to the store. */
export type Fault =
  | { kind: 'none' }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'throttle'; retryAfterMs: number }
  | { kind: 'unreachable' }
  /** Reads pass; every write (any method but GET) is held, never forwarded, and dropped when the fault changes: a process killed mid-write. */
  | { kind: 'hold-writes' };

export interface FaultProxy {
  /** https://127.0.0.1:<port>: the app's COSMOS_ENDPOINT. */
  endpoint: string;
  set(fault: Fault): Promise<void>;
  close(): Promise<void>;
}

/**
 * A TLS-terminating proxy between the app and the store, presenting the
 * store's own certificate. It rewrites the database account the store
 * advertises so the Cosmos SDK's endpoint discovery keeps using the proxy.
 */
export async function startFaultProxy(store: { endpoint: string; ca: string; key: string }): Promise<FaultProxy> {
  const target = new URL(store.endpoint);
  let fault: Fault = { kind: 'none' };
  const sockets = new Set<Socket>();
  const held = new Set<Socket>();
  const server = createServer({ key: store.key, cert: store.ca, keepAlive: true }, (req, res) => void handle(req, res));
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await listen(server, 0);
  const port = (server.address() as { port: number }).port;
  const endpoint = `https://127.0.0.1:${port}`;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const body = await readAll(req);
    if (fault.kind === 'slow') await new Promise((r) => setTimeout(r, (fault as { delayMs: number }).delayMs));
    if (fault.kind === 'throttle') return throttled(res, fault.retryAfterMs);
    if (fault.kind === 'unreachable') return void req.socket.destroy();
    if (fault.kind === 'hold-writes' && req.method !== 'GET') return void held.add(req.socket);
    const upstream = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, host: target.host }, ca: store.ca },
      (up) => void relay(req, up, res),
    );
    upstream.on('error', () => res.destroy());
    upstream.end(body);
  }

  async function relay(req: IncomingMessage, up: IncomingMessage, res: ServerResponse) {
    let body = await readAll(up);
    const headers = { ...up.headers };
    if (req.method === 'GET' && req.url === '/') {
      body = Buffer.from(body.toString('utf8').replaceAll(`https://${target.host}/`, `${endpoint}/`));
      headers['content-length'] = String(body.length);
    }
    res.writeHead(up.statusCode ?? 502, headers);
    res.end(body);
  }

  return {
    endpoint,
    async set(next) {
      const wasDown = fault.kind === 'unreachable';
      fault = next;
      for (const s of held) s.destroy();
      held.clear();
      if (next.kind === 'unreachable' && !wasDown) {
        await new Promise((r) => server.close(r));
        for (const s of sockets) s.destroy();
      } else if (wasDown && next.kind !== 'unreachable') {
        await listen(server, port);
      }
    },
    async close() {
      for (const s of sockets) s.destroy();
      if (server.listening) await new Promise((r) => server.close(r));
    },
  };
}

function throttled(res: ServerResponse, retryAfterMs: number) {
  const body = JSON.stringify({ code: 'TooManyRequests', message: 'Request rate is large (fault injected).' });
  res.writeHead(429, { 'content-type': 'application/json', 'x-ms-retry-after-ms': String(retryAfterMs), 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function listen(server: Server, port: number) {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}
