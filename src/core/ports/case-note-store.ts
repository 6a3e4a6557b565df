import type { CaseNote, CaseNoteVersion } from '../case-notes/case-note.js';
import type { AuditEvent } from '../model/audit-event.js';
import type { Concern, ConcernVersion } from '../model/concern.js';
import type { Versioned } from './store.js';

/** A change to a concern written in the same batch as a note (its follow-up action). */
export interface ConcernChange {
  next: Concern;
  etag: string;
  version: ConcernVersion;
  audit: AuditEvent;
}

export type CaseNoteQuery = { childId: string } | { concernId: string };

/** Case notes, one school (partition) at a time; writes carry their audit event atomically. */
export interface CaseNoteStore {
  /** With `concernChange`, the concern is replaced (If-Match) in the same batch; a stale concern writes nothing. */
  create(note: CaseNote, audit: AuditEvent, concernChange?: ConcernChange): Promise<Versioned<CaseNote>>;
  get(schoolId: string, id: string): Promise<Versioned<CaseNote> | undefined>;
  replace(next: CaseNote, etag: string, version: CaseNoteVersion, audit: AuditEvent): Promise<Versioned<CaseNote>>;
  /** Every note on a child or on a concern, oldest first. */
  list(schoolId: string, query: CaseNoteQuery): Promise<CaseNote[]>;
  versions(schoolId: string, caseNoteId: string): Promise<CaseNoteVersion[]>;
  /** Every note of the school and every kept version, for the audit check. */
  all(schoolId: string): Promise<{ notes: CaseNote[]; versions: CaseNoteVersion[] }>;
}
