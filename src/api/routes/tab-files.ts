import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

export interface TabFile {
  body: Buffer;
  gzipped?: Buffer;
  type: string;
}

/** dist/tab of the checkout this module runs from (src/… under tsx, dist/src/… when compiled). */
export function defaultTabDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'dist', 'tab');
}

/**
 * Reads files of the built tab, never outside its folder, and keeps them in
 * memory (with a gzipped copy): a hashed asset's content never changes.
 */
export function createTabFiles(root: string) {
  const base = resolve(root);
  const cache = new Map<string, Promise<TabFile | undefined>>();
  async function load(relative: string): Promise<TabFile | undefined> {
    const full = resolve(base, `.${sep}${relative}`);
    if (!full.startsWith(base + sep)) return undefined;
    const info = await stat(full).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const body = await readFile(full);
    const ext = extname(full).toLowerCase();
    const gzipped = COMPRESSIBLE.has(ext) && body.length > 1024 ? gzipSync(body) : undefined;
    return { body, gzipped, type: TYPES[ext] ?? 'application/octet-stream' };
  }
  return {
    built: () => existsSync(join(base, 'index.html')),
    get(relative: string): Promise<TabFile | undefined> {
      if (relative.includes('\0') || relative.split('/').some((part) => part === '..')) return Promise.resolve(undefined);
      // index.html is read afresh so a rebuild is served at once; hashed assets never change.
      if (!relative.startsWith('assets/')) return load(relative);
      let hit = cache.get(relative);
      if (!hit) {
        hit = load(relative);
        hit.then((f) => f ?? cache.delete(relative)).catch(() => cache.delete(relative));
        cache.set(relative, hit);
      }
      return hit;
    },
  };
}

export type TabFiles = ReturnType<typeof createTabFiles>;
