import type { PersonRef } from './ids.js';

/** The kinds Lantern accepts, decided from the file's bytes (src/core/documents/document-kind.ts). */
export const DOCUMENT_KINDS = ['pdf', 'png', 'jpg', 'heic', 'docx', 'txt', 'eml', 'msg'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A file attached to a record. Its bytes live in the file store under an opaque key made from the ids. */
export interface RecordDocument {
  /** Opaque id; also the last part of the storage key. */
  id: string;
  /** The cleaned file name, shown to people and offered on download. */
  name: string;
  kind: DocumentKind;
  size: number;
  sha256: string;
  addedBy: PersonRef;
  addedAt: string;
}
