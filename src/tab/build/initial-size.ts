import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialSize {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/**
 * The JavaScript a browser downloads before the tab can draw: the entry script
 * and the modules index.html preloads. Pages and the chart loaded on demand,
 * and teams-js (loaded only inside Teams), are not counted.
 */
export function initialJsSize(distTab: string): InitialSize {
  const html = readFileSync(join(distTab, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/tab\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const files = [...new Set(refs)];
  const bodies = files.map((f) => readFileSync(join(distTab, f)));
  return {
    files,
    bytes: bodies.reduce((n, b) => n + b.length, 0),
    gzipBytes: bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  };
}
