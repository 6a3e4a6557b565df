import type { StatusFlag, StatusFlagVersion } from '../child-status/status-flag.js';
import type { AuditEvent } from '../model/audit-event.js';
import type { Versioned } from './store.js';

/** Child status flags, one school (partition) at a time; writes carry their audit event atomically. */
export interface StatusFlagStore {
  create(flag: StatusFlag, audit: AuditEvent): Promise<Versioned<StatusFlag>>;
  get(schoolId: string, id: string): Promise<Versioned<StatusFlag> | undefined>;
  replace(next: StatusFlag, etag: string, version: StatusFlagVersion, audit: AuditEvent): Promise<Versioned<StatusFlag>>;
  /** A child's whole history, oldest start first. */
  forChild(schoolId: string, childId: string): Promise<StatusFlag[]>;
  /** The same history with each period's version tag, so a list can offer "end" and "edit" with If-Match. */
  forChildVersioned(schoolId: string, childId: string): Promise<Versioned<StatusFlag>[]>;
  /** Flags of these children not ended by `today` (YYYY-MM-DD), of the given kinds: one query for a page of badges. */
  current(schoolId: string, childIds: readonly string[], kinds: readonly string[], today: string): Promise<StatusFlag[]>;
  /** Every status of the school and every kept version, for the audit check. */
  all(schoolId: string): Promise<{ flags: StatusFlag[]; versions: StatusFlagVersion[] }>;
}
