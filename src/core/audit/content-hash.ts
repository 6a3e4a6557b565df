import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/**
 * The hash of what a record (or one of its stored versions) says: every field but the store's
 * own metadata (`_etag`, `_ts`…) and the record's chain head, which points at the very event
 * that carries this hash. An edit made in the store, outside Lantern, changes it.
 */
export function contentHash(record: object): string {
  const subject: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (!k.startsWith('_') && k !== 'auditHead') subject[k] = v;
  return createHash('sha256').update(canonicalJson(subject)).digest('hex');
}

/** What an audited change wrote: the record as it now stands, and the version document kept of the change. */
export interface AuditedContent {
  record: object;
  version?: object;
}

export const contentHashes = (c: AuditedContent | undefined) =>
  c ? { contentHash: contentHash(c.record), ...(c.version ? { versionHash: contentHash(c.version) } : {}) } : {};
