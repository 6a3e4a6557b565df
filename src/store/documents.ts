import type { Versioned } from '../core/ports/store.js';

const SYSTEM_FIELDS = ['_rid', '_self', '_etag', '_attachments', '_ts'] as const;

type Stored = Record<string, unknown> & { _etag?: string };

/** The document as the app wrote it, without the fields Cosmos adds. */
export function stripSystemFields<T>(doc: object): T {
  const copy: Record<string, unknown> = { ...doc };
  for (const field of SYSTEM_FIELDS) delete copy[field];
  return copy as T;
}

export function toVersioned<T>(doc: Stored, etag = doc._etag): Versioned<T> {
  if (!etag) throw new Error('Cosmos returned a document without an etag.');
  return { value: stripSystemFields<T>(doc), etag };
}

/** Typed documents share one partition, so a point read must check it got the kind it asked for. */
export function ofType<T>(doc: Stored | undefined, type: string): (Stored & T) | undefined {
  return doc && doc.type === type ? (doc as Stored & T) : undefined;
}
