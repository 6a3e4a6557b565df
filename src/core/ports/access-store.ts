import type { AccessConfigVersion } from '../model/access-version.js';
import type { AuditEvent } from '../model/audit-event.js';
import type { School } from '../model/school.js';
import type { Versioned } from './store.js';

/** A school's access configuration lives on the school document; changes are versioned and audited atomically. */
export interface AccessStore {
  get(schoolId: string): Promise<Versioned<School> | undefined>;
  /** Replaces the school only if its etag still matches (`version_conflict`), with the version and audit event. */
  replace(next: School, etag: string, version: AccessConfigVersion, audit: AuditEvent): Promise<Versioned<School>>;
  /** Every change, oldest first. */
  versions(schoolId: string): Promise<AccessConfigVersion[]>;
}
