import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZipFile } from 'yazl';
import { ICON_SIZES, manifestProblems, type IconFile } from './checks.js';
import { fillTemplate } from './fill.js';

export interface BuiltPackage {
  manifest: Record<string, unknown>;
  zip: Buffer;
}

// A fixed time keeps the zip byte-for-byte reproducible.
const MTIME = new Date('2026-01-01T00:00:00Z');

/** Fills appPackage/manifest.json from the environment's values, checks it, and zips it with the icons. */
export async function buildAppPackage(values: Record<string, string>, sourceDir = 'appPackage'): Promise<BuiltPackage> {
  const { text, missing } = fillTemplate(readFileSync(join(sourceDir, 'manifest.json'), 'utf8'), values);
  if (missing.length) throw new Error(`These environment values are empty or missing: ${missing.join(', ')}`);
  const manifest = JSON.parse(text) as Record<string, unknown>;
  const icons = Object.fromEntries(Object.keys(ICON_SIZES).map((f) => [f, readFileSync(join(sourceDir, f))])) as Record<IconFile, Buffer>;
  const problems = await manifestProblems(manifest, icons, values.APP_DOMAIN ?? '');
  if (problems.length) throw new Error(`The app manifest is not valid:\n  ${problems.join('\n  ')}`);
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), 'manifest.json', { mtime: MTIME });
  for (const [file, bytes] of Object.entries(icons)) zip.addBuffer(bytes, file, { mtime: MTIME });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return { manifest, zip: Buffer.concat(chunks) };
}
