import { createHash } from 'node:crypto';
import type { DocumentRenderer, RenderOptions } from '../ports/document-renderer.js';
import type { RedactedChildFile } from './child-file.js';

/** The JSON file's exact bytes (what is hashed, released and downloaded). */
export const exportJson = (file: RedactedChildFile) => Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8');

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Hashes a rendered document as it streams, never holding it whole. */
export async function renderedHash(renderer: DocumentRenderer, file: RedactedChildFile, opts?: RenderOptions): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of renderer.render(file, opts)) hash.update(chunk);
  return hash.digest('hex');
}
