import type { AdultConcern, AdultConcernVersion } from '../adults/adult-concern.js';
import type { AuditEvent } from '../model/audit-event.js';
import type { Versioned } from './store.js';

export interface AdultConcernQuery {
  kind?: AdultConcern['kind'];
  status?: AdultConcern['status'];
  /** Only those logged by this person (their receipts). */
  createdBy?: string;
}

/** Concerns about adults, one school (partition) at a time; writes carry their audit event atomically. */
export interface AdultConcernStore {
  create(record: AdultConcern, audit: AuditEvent): Promise<Versioned<AdultConcern>>;
  get(schoolId: string, id: string): Promise<Versioned<AdultConcern> | undefined>;
  replace(next: AdultConcern, etag: string, version: AdultConcernVersion, audit: AuditEvent): Promise<Versioned<AdultConcern>>;
  /** Newest first. Callers filter by need-to-know. */
  list(schoolId: string, query: AdultConcernQuery): Promise<AdultConcern[]>;
  /** Open allegations with no LADO referral recorded whose due moment is at or before `horizon` (the sweep). */
  ladoDue(schoolId: string, horizon: string): Promise<AdultConcern[]>;
  versions(schoolId: string, id: string): Promise<AdultConcernVersion[]>;
  /** Every record of the school and every kept version, for the audit check. */
  all(schoolId: string): Promise<{ records: AdultConcern[]; versions: AdultConcernVersion[] }>;
}
