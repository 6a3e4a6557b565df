import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every Bicep file under infra/, by path. No Bicep compiler here: tests read the text. */
export function bicepFiles(dir = 'infra'): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const [p, t] of bicepFiles(path)) files.set(p, t);
    else if (entry.name.endsWith('.bicep')) files.set(path, readFileSync(path, 'utf8'));
  }
  return files;
}

export const bicep = (path: string) => readFileSync(path, 'utf8');

/** The `KEY: value` lines of a top-level `var <name> = { … }` object in a Bicep file. */
export function bicepObject(text: string, name: string): Map<string, string> {
  const start = text.indexOf(`var ${name} = {`);
  if (start < 0) throw new Error(`no var ${name}`);
  const body = text.slice(start).split('\n').slice(1);
  const entries = new Map<string, string>();
  for (const line of body) {
    if (line.trim() === '}') break;
    const m = /^\s*([A-Z][A-Z0-9_]*):\s*(.+?)\s*$/.exec(line);
    if (m) entries.set(m[1]!, m[2]!);
  }
  return entries;
}

/** The block of a named resource or module, up to the next top-level declaration. */
export function declaration(text: string, kind: 'resource' | 'module', name: string): string {
  const start = text.indexOf(`${kind} ${name} `);
  if (start < 0) throw new Error(`no ${kind} ${name}`);
  const rest = text.slice(start + 1);
  const end = rest.search(/\n(resource|module|output|var|param) /);
  return text.slice(start, end < 0 ? undefined : start + 1 + end);
}
