/** A stored file's bytes, streamed. */
export interface StoredFile {
  size: number;
  body: AsyncIterable<Uint8Array>;
}

/**
 * Where files live (Azure Blob Storage; Azurite locally). Two areas:
 * documents, written pending and then committed once a record names them
 * (docs/adr/0014-files.md), and kept copies — create-only, never replaced or
 * deleted by Lantern — of everything that leaves the school.
 */
export interface FileStore {
  /**
   * Marks `key` pending, then writes `data` under it. If `data` throws (too
   * large, client gone) nothing readable is left and the error is rethrown.
   */
  writePending(key: string, data: AsyncIterable<Uint8Array>, contentType: string): Promise<void>;
  /** The record naming `key` is saved: it is no longer pending. */
  commit(key: string): Promise<void>;
  /** Deletes a document and its pending mark (an upload that did not become part of a record). */
  discard(key: string): Promise<void>;
  /** Keys still pending whose mark is older than `before`. */
  pendingBefore(before: Date): Promise<string[]>;
  read(key: string): Promise<StoredFile | undefined>;
  /** Stores a kept copy once; a second write of the same key leaves the first untouched and reports 'exists'. */
  keep(key: string, bytes: Uint8Array, contentType: string): Promise<'created' | 'exists'>;
  readKept(key: string): Promise<StoredFile | undefined>;
}
