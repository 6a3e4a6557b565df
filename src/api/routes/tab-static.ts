import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server } from 'restify';
import type { DoorContext } from '../../door-context.js';
import { sendJson } from '../error-response.js';
import { createTabFiles, defaultTabDir, type TabFile, type TabFiles } from './tab-files.js';
import { setTabHeaders } from './tab-headers.js';

export interface TabOptions {
  dir: string;
  /** Local mode: the tab offers the persona picker and `?persona=`. */
  local: boolean;
}

type Next = (v?: unknown) => void;

/** The tab's static build on /tab/ (`npm run build:tab` writes it to dist/tab). */
export function mountTab(ctx: DoorContext): void {
  const dir = defaultTabDir();
  registerTab(ctx.server, { dir, local: ctx.config.LANTERN_MODE === 'local' });
  if (!createTabFiles(dir).built()) ctx.log.log('warn', 'the tab is not built: /tab/ answers 503 until `npm run build:tab` writes dist/tab', { dir });
}

export function registerTab(server: Server, opts: TabOptions): void {
  const files = createTabFiles(opts.dir);
  server.get('/tab', (req, res, next: Next) => {
    const query = (req.url ?? '').split('?')[1];
    res.writeHead(301, { location: `/tab/${query ? `?${query}` : ''}`, 'content-length': 0 });
    res.end();
    next(false);
  });
  server.get('/tab/config.json', (_req, res, next: Next) => {
    sendJson(res, 200, { mode: opts.local ? 'local' : 'production', personaPicker: opts.local });
    next(false);
  });
  const serveFile = (req: IncomingMessage, res: ServerResponse, next: Next) => {
    serve(files, req, res).finally(() => next(false));
  };
  server.get('/tab/*', serveFile);
  server.head('/tab/*', serveFile);
}

async function serve(files: TabFiles, req: IncomingMessage, res: ServerResponse) {
  const path = safeDecode((req.url ?? '/').split('?')[0]!.replace(/^\/tab\/?/, ''));
  const relative = path === '' ? 'index.html' : path;
  if (relative === undefined) return notFound(res, '', files);
  const file = await files.get(relative).catch(() => undefined);
  if (!file) return notFound(res, relative, files);
  if (relative !== 'index.html') {
    setTabHeaders(res, relative);
    return send(req, res, file);
  }
  // A fresh nonce per page: Fluent UI's <style> elements carry it (see main.tsx); nothing else may add styles.
  const nonce = randomBytes(16).toString('base64');
  setTabHeaders(res, relative, nonce);
  send(req, res, { body: Buffer.from(file.body.toString('utf8').replaceAll(NONCE_PLACEHOLDER, nonce)), type: file.type });
}

const NONCE_PLACEHOLDER = '__LANTERN_STYLE_NONCE__';

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
};

function send(req: IncomingMessage, res: ServerResponse, file: TabFile) {
  const gzip = file.gzipped && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? file.gzipped! : file.body;
  res.setHeader('vary', 'Accept-Encoding');
  if (gzip) res.setHeader('content-encoding', 'gzip');
  res.writeHead(200, { 'content-type': file.type, 'content-length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function notFound(res: ServerResponse, relative: string, files: TabFiles) {
  if (relative === 'index.html' && !files.built()) {
    const text = 'The Lantern tab has not been built yet. Run `npm run build:tab` (npm start does it for you), then reload.\n';
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text), 'retry-after': '10' });
    res.end(text);
    return;
  }
  sendJson(res, 404, { error: { code: 'not_found', message: 'No such file in the Lantern tab.' } });
}
