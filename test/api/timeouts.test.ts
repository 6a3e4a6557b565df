import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await startTestApp({
    HTTP_HEADERS_TIMEOUT_MS: '300',
    HTTP_REQUEST_TIMEOUT_MS: '600',
    HTTP_KEEP_ALIVE_TIMEOUT_MS: '2000',
    HTTP_MAX_HEADER_BYTES: '4096',
  });
  port = Number(new URL(t.url).port);
});
afterAll(() => t.close());

/**
 * A raw connection to the app: writes `head`, then one byte of `drip` every
 * 50 ms for as long as the server keeps the connection open. Resolves with
 * everything the server sent once it closes the connection.
 */
function rawRequest(head: string, drip = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let received = '';
    let sent = 0;
    const timer = setInterval(() => {
      if (drip && !socket.destroyed && sent < drip.length) socket.write(drip[sent++]!);
    }, 50);
    socket.on('connect', () => socket.write(head));
    socket.on('data', (d) => (received += d.toString('latin1')));
    socket.on('error', () => undefined); // a reset after the answer is fine: the server hung up
    socket.on('close', () => {
      clearInterval(timer);
      resolve(received);
    });
    socket.setTimeout(30_000, () => reject(new Error(`the server kept a slow connection open; sent ${sent} bytes, got: ${received}`)));
  });
}

const statusOf = (raw: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1] ?? 0);

describe('HTTP server limits', () => {
  it('closes a connection whose headers arrive too slowly (slow loris), with 408', async () => {
    const raw = await rawRequest('GET /api/me HTTP/1.1\r\nHost: lantern\r\n', 'X-Slow: ' + 'a'.repeat(10_000));
    expect(statusOf(raw)).toBe(408);
  });

  it('refuses an oversized request head with 431 and closes the connection', async () => {
    const raw = await rawRequest(`GET /api/me HTTP/1.1\r\nHost: lantern\r\nX-Big: ${'b'.repeat(8 * 1024)}\r\n\r\n`);
    expect(statusOf(raw)).toBe(431);
  });

  it('cuts off a body trickled slowly, stores nothing, and answers others meanwhile and afterwards', async () => {
    const token = await t.token('teacher');
    const before = (await t.call('dsl', 'GET', '/api/concerns')).json.items.length;
    const body = JSON.stringify({ children: [{ childId: 'child-001', role: 'subject' }], categories: ['welfare'], account: 'x'.repeat(500), occurredAt: new Date().toISOString(), parentsInformed: { informed: true } });
    const head = `POST /api/concerns HTTP/1.1\r\nHost: lantern\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    const slow = rawRequest(head + body.slice(0, 20), body.slice(20));
    // While the slow client is still dripping, everyone else is served.
    expect((await t.call('dsl', 'GET', '/api/me')).status).toBe(200);
    const raw = await slow;
    expect(statusOf(raw)).toBe(408);
    expect((await t.call(null, 'GET', '/healthz')).status).toBe(200);
    expect((await t.call('dsl', 'GET', '/api/concerns')).json.items.length).toBe(before);
  });

  it('still answers a normal request on a fresh connection after all that', async () => {
    const raw = await rawRequest('GET /healthz HTTP/1.1\r\nHost: lantern\r\nConnection: close\r\n\r\n');
    expect(statusOf(raw)).toBe(200);
  });

  it('applies the configured keep-alive timeout and header limit to the server', () => {
    const http = t.app.server.server as unknown as { keepAliveTimeout: number; headersTimeout: number; requestTimeout: number; maxHeaderSize: number };
    expect([http.keepAliveTimeout, http.headersTimeout, http.requestTimeout, http.maxHeaderSize]).toEqual([2000, 300, 600, 4096]);
  });
});
