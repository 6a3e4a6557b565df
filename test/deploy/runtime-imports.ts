import { readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, resolve } from 'node:path';

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*|\.resolve\s*\(\s*)['"]([@\w.][^'"\s]*)['"]/g;

/** `@scope/name` or `name` of a bare specifier such as `@azure/cosmos` or `csv-parse/sync`. */
export const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/**
 * The packages the compiled server loads, following its relative imports
 * (static and dynamic) from the entry files: what `npm ci --omit=dev` must provide.
 */
export function runtimePackages(entries: string[]): Map<string, string> {
  const packages = new Map<string, string>(); // package → first file that loads it
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      if (specifier!.startsWith('.')) queue.push(resolve(dirname(file), specifier!));
      else if (!isBuiltin(specifier!) && !packages.has(packageOf(specifier!))) packages.set(packageOf(specifier!), file);
    }
  }
  return packages;
}
