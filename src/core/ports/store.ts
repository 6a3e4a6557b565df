import type { ExportJobStore } from './export-job-store.js';
import type { AuditEvent } from '../model/audit-event.js';
import type { Child } from '../model/child.js';
import type { Concern, ConcernStatus, ConcernVersion } from '../model/concern.js';
import type { School } from '../model/school.js';
import type { DashboardStore } from './dashboard-store.js';
import type { ReferralStore } from './referral-store.js';
import type { AlertStore, LeaseStore } from './alert-store.js';
import type { ConversationStore } from './conversation-store.js';
import type { AccessStore } from './access-store.js';
import type { RosterStore } from './roster-store.js';
import type { SubjectAccessStore } from './subject-access-store.js';
import type { RetentionStore } from './retention-store.js';
import type { TransferStore } from './transfer-store.js';
import type { CaseNoteStore } from './case-note-store.js';
import type { AdultConcernStore } from './adult-concern-store.js';
import type { StatusFlagStore } from './status-flag-store.js';
import type { FamilyStore } from './family-store.js';
import type { AuditAnchorStore, AuditStore } from './audit-store.js';

/** A stored document with the version tag the store uses for optimistic concurrency. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

export interface Page<T> {
  items: T[];
  /** Opaque; pass back to get the next page. Absent on the last page. */
  cursor?: string;
}

export interface PageRequest {
  limit: number;
  cursor?: string;
}

/**
 * Which concerns a query may return, derived from the policy. `all` is the
 * whole school; otherwise a concern matches if ANY listed condition holds.
 */
export type ConcernScope =
  | { kind: 'all' }
  | {
      kind: 'some';
      createdByOid?: string;
      alertedOid?: string;
      assigneeOid?: string;
      categories?: string[];
      /** Restricted categories: a concern in one matches only through createdByOid. */
      excludeCategories?: string[];
    };

export interface ConcernQuery {
  scope: ConcernScope;
  status?: ConcernStatus;
  childId?: string;
  category?: string;
  occurredFrom?: string;
  occurredTo?: string;
  /** Only concerns where parents/carers were not informed (the parental-notification report). */
  parentsNotInformed?: boolean;
  /** Only concerns logged as "a child may be at immediate risk". */
  urgent?: boolean;
  order: 'recordedAt-asc' | 'recordedAt-desc' | 'occurredAt-asc';
}

export type { AuditQuery } from './audit-store.js';

/**
 * The only way src/core reaches storage. Every method is scoped to one school
 * (one partition). Multi-document writes are all-or-nothing.
 */
export interface Store {
  schools: {
    get(schoolId: string): Promise<School | undefined>;
    /** Not a hot path: callers cache it. */
    listForTenant(tenantId: string): Promise<School[]>;
    /** Every school in the account, for operator commands. */
    all(): Promise<School[]>;
    create(school: School): Promise<void>;
  };
  children: {
    getMany(schoolId: string, ids: readonly string[]): Promise<Child[]>;
    list(schoolId: string): Promise<Child[]>;
    create(child: Child): Promise<void>;
  };
  concerns: {
    /** Writes the concern and its audit event together. Throws `already_exists` if the id is taken. */
    create(concern: Concern, audit: AuditEvent): Promise<Versioned<Concern>>;
    get(schoolId: string, id: string): Promise<Versioned<Concern> | undefined>;
    /** Replaces only if the stored etag still matches (`version_conflict` otherwise), keeping the version and audit event. */
    replace(next: Concern, etag: string, version: ConcernVersion, audit: AuditEvent): Promise<Versioned<Concern>>;
    query(schoolId: string, query: ConcernQuery, page: PageRequest): Promise<Page<Concern>>;
    versions(schoolId: string, concernId: string): Promise<ConcernVersion[]>;
  };
  referrals: ReferralStore;
  subjectAccess: SubjectAccessStore;
  alerts: AlertStore;
  leases: LeaseStore;
  dashboard: DashboardStore;
  conversations: ConversationStore;
  access: AccessStore;
  roster: RosterStore;
  retention: RetentionStore;
  transfers: TransferStore;
  caseNotes: CaseNoteStore;
  adultConcerns: AdultConcernStore;
  statusFlags: StatusFlagStore;
  family: FamilyStore;
  audit: AuditStore;
  auditAnchors: AuditAnchorStore;
  exportJobs: ExportJobStore;
  /** Cheap round trip to prove the store answers. */
  ping(): Promise<void>;
}
