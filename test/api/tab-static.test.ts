import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import restify, { type Server } from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerTab } from '../../src/api/routes/tab-static.js';
import { apiSecurityHeaders } from '../../src/api/security-headers.js';

const INDEX = '<!doctype html><meta name="lantern-style-nonce" content="__LANTERN_STYLE_NONCE__"><script type="module" src="/tab/assets/index-AbCd1234.js"></script>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});`;

let dir: string;
const servers: Server[] = [];

async function serve(opts: { local: boolean; dir?: string }) {
  const server = restify.createServer();
  server.pre(apiSecurityHeaders);
  registerTab(server, { dir: opts.dir ?? dir, local: opts.local });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lantern-tab-static-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), INDEX);
  await writeFile(join(dir, 'assets', 'index-AbCd1234.js'), SCRIPT);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
  await rm(dir, { recursive: true, force: true });
});

describe('the tab on /tab/', () => {
  it('serves index.html never cached, framable only by Teams and Microsoft 365, scripts only from itself', async () => {
    const base = await serve({ local: true });
    const res = await fetch(`${base}/tab/`);
    const csp = res.headers.get('content-security-policy')!;
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(csp).toMatch(/frame-ancestors 'self' https:\/\/teams\.microsoft\.com https:\/\/\*\.teams\.microsoft\.com https:\/\/\*\.cloud\.microsoft/);
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(await res.text()).toContain(`content="${nonce}"`);
    const again = await fetch(`${base}/tab/`);
    expect(again.headers.get('content-security-policy')).not.toContain(nonce);
  });

  it('serves hashed assets with a long cache, gzipped when asked', async () => {
    const base = await serve({ local: true });
    const res = await fetch(`${base}/tab/assets/index-AbCd1234.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect(await res.text()).toBe(SCRIPT);
    // fetch decompresses by itself; read the bytes on the wire to see they really are gzip.
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve) => {
      get(`${base}/tab/assets/index-AbCd1234.js`, { headers: { 'accept-encoding': 'gzip' } }, (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => resolve({ encoding: r.headers['content-encoding'], body: Buffer.concat(chunks) }));
      });
    });
    expect(raw.encoding).toBe('gzip');
    expect(gunzipSync(raw.body).toString()).toBe(SCRIPT);
  });

  it('refuses paths outside the build and unknown files', async () => {
    const base = await serve({ local: true });
    for (const path of ['/tab/%2e%2e/package.json', '/tab/assets/..%2f..%2findex.html', '/tab/nothing.js', '/tab/%E0%A4%A']) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
  });

  it('redirects /tab to /tab/ keeping the query, and tells the tab whether it is local mode', async () => {
    const local = await serve({ local: true });
    const redirect = await fetch(`${local}/tab?persona=dsl`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/tab/?persona=dsl');
    expect(await (await fetch(`${local}/tab/config.json`)).json()).toEqual({ mode: 'local', personaPicker: true });
    const production = await serve({ local: false });
    expect(await (await fetch(`${production}/tab/config.json`)).json()).toEqual({ mode: 'production', personaPicker: false });
  });

  it('says how to build the tab when it has not been built', async () => {
    const base = await serve({ local: true, dir: join(dir, 'missing') });
    const res = await fetch(`${base}/tab/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:tab');
  });
});
