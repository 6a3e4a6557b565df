import type { AuditEvent } from '../model/audit-event.js';
import type { SubjectAccessRequest, SubjectAccessVersion } from '../model/subject-access.js';
import type { Page, PageRequest, Versioned } from './store.js';

export interface SubjectAccessQuery {
  status?: 'open' | 'closed';
  childId?: string;
  /** Open requests whose deadline passes at or before this instant (the deadline sweep's query: a range on `dueAt`). */
  dueBy?: string;
}

/** Subject access requests, one school (partition) at a time; writes carry their audit event atomically. */
export interface SubjectAccessStore {
  create(sar: SubjectAccessRequest, audit: AuditEvent): Promise<Versioned<SubjectAccessRequest>>;
  get(schoolId: string, id: string): Promise<Versioned<SubjectAccessRequest> | undefined>;
  replace(next: SubjectAccessRequest, etag: string, version: SubjectAccessVersion, audit: AuditEvent): Promise<Versioned<SubjectAccessRequest>>;
  query(schoolId: string, query: SubjectAccessQuery, page: PageRequest): Promise<Page<SubjectAccessRequest>>;
  versions(schoolId: string, sarId: string): Promise<SubjectAccessVersion[]>;
}
