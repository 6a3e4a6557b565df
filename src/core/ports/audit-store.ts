import type { AuditAnchor } from '../model/audit-anchor.js';
import type { AuditEvent } from '../model/audit-event.js';
import type { Page, PageRequest } from './store.js';

export interface AuditQuery {
  oid?: string;
  /** One record, or any of several (e.g. every record that concerns one child). */
  recordId?: string;
  recordIds?: readonly string[];
  action?: string;
  outcome?: AuditEvent['outcome'];
  from?: string;
  to?: string;
  /** Record types the trail view never lists (concerns about adults: their readers are not the trail's). */
  excludeRecordTypes?: readonly string[];
}

/** Append-only: no method replaces or deletes an event. */
export interface AuditStore {
  append(event: AuditEvent): Promise<void>;
  query(schoolId: string, query: AuditQuery, page: PageRequest): Promise<Page<AuditEvent>>;
  /** Every event of the school, oldest first, for verification. */
  all(schoolId: string): Promise<AuditEvent[]>;
  /** Events with `from` <= at < `to` (no `from`: from the first), oldest first, for anchoring. */
  between(schoolId: string, from: string | undefined, to: string): Promise<AuditEvent[]>;
}

/** The create-only `audit-anchors` container: production grants the app create and read, nothing else. */
export interface AuditAnchorStore {
  /** false when an anchor with this id already exists (409): the stored one stands. */
  create(anchor: AuditAnchor): Promise<boolean>;
  get(schoolId: string, id: string): Promise<AuditAnchor | undefined>;
  /** Every anchor of the school, oldest day first. */
  list(schoolId: string): Promise<AuditAnchor[]>;
}
