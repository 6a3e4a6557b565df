import type { AuditEvent } from '../model/audit-event.js';
import type { DeletionTombstone, RetentionRecord } from '../model/retention.js';
import type { FileConcern, FileReferral } from '../model/retention-file.js';
import type { Versioned } from './store.js';

/**
 * Retention review and deletion, one school (partition) at a time. Writes of
 * retention records and tombstones carry their chained audit event in the
 * same batch, record first. Nothing here ever touches an audit event.
 */
export interface RetentionStore {
  /** Every concern's file facts (ids, children, categories, status): no content is read. */
  fileConcerns(schoolId: string): Promise<FileConcern[]>;
  fileReferrals(schoolId: string): Promise<FileReferral[]>;
  getRecord(schoolId: string, childId: string): Promise<Versioned<RetentionRecord> | undefined>;
  /** Creates (no etag: `already_exists` if taken) or replaces with If-Match (`version_conflict`). */
  saveRecord(record: RetentionRecord, etag: string | undefined, audit: AuditEvent): Promise<Versioned<RetentionRecord>>;
  records(schoolId: string): Promise<RetentionRecord[]>;
  getTombstone(schoolId: string, childId: string): Promise<Versioned<DeletionTombstone> | undefined>;
  saveTombstone(tombstone: DeletionTombstone, etag: string | undefined, audit: AuditEvent): Promise<Versioned<DeletionTombstone>>;
  tombstones(schoolId: string): Promise<DeletionTombstone[]>;
  /** Documents that belong to these concerns, referrals and transfers: versions, alerts. Ids and types only. */
  companions(schoolId: string, concernIds: readonly string[], referralIds: readonly string[], transferIds?: readonly string[]): Promise<{ id: string; type: string }[]>;
  /** Deletes these documents; one already gone counts as deleted (a resumed deletion). Never an audit event. */
  deleteDocs(schoolId: string, docs: readonly { id: string; type: string }[]): Promise<void>;
}
