import { LanternError } from '../errors.js';
import { sha256Hex } from '../export/export-files.js';
import type { StoredFile } from '../ports/file-store.js';
import type { Deps } from '../usecases/context.js';

export type KeptKind = 'subject-access' | 'transfers';

/** A kept copy is named by what it is a copy of and by its own hash: the same bytes always land on the same key. */
export const keptKey = (schoolId: string, kind: KeptKind, recordId: string, sha256: string, ext: string) =>
  `schools/${encodeURIComponent(schoolId)}/${kind}/${encodeURIComponent(recordId)}/${sha256}.${ext}`;

export interface ExportBytes {
  json: Uint8Array;
  pdf: Uint8Array;
  pdfContentType: string;
}

/**
 * Stores the exact files that leave the school, once, create-only
 * (docs/adr/0014-files.md). Returns their hashes, and whether they were kept:
 * without file storage they are not, and downloads rebuild them as before.
 */
export async function keepExportFiles(deps: Deps, schoolId: string, kind: KeptKind, recordId: string, files: ExportBytes) {
  const hashes = { json: sha256Hex(files.json), pdf: sha256Hex(files.pdf) };
  const store = deps.files?.store;
  if (!store) return { hashes, kept: false };
  try {
    await store.keep(keptKey(schoolId, kind, recordId, hashes.json, 'json'), files.json, 'application/json; charset=utf-8');
    await store.keep(keptKey(schoolId, kind, recordId, hashes.pdf, 'pdf'), files.pdf, files.pdfContentType);
  } catch {
    throw new LanternError('store_unavailable', 'The files could not be kept in storage just now, so nothing was released. Try again shortly.');
  }
  return { hashes, kept: true };
}

/** The kept copy, byte for byte; a missing one is a fault worth shouting about, never a silent rebuild. */
export async function readKeptFile(deps: Deps, schoolId: string, kind: KeptKind, recordId: string, sha256: string, ext: 'json' | 'pdf'): Promise<StoredFile> {
  const store = deps.files?.store;
  const found = store && (await store.readKept(keptKey(schoolId, kind, recordId, sha256, ext)).catch(() => undefined));
  if (!found) throw new LanternError('store_unavailable', 'The kept copy of this file could not be read from storage just now. Try again shortly; if it persists, tell your Lantern admin.');
  return found;
}

export async function collectBytes(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const c of body) chunks.push(c);
  return Buffer.concat(chunks);
}
