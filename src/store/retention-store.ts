import type { Container, SqlQuerySpec } from '@azure/cosmos';
import { LanternError } from '../core/errors.js';
import type { AuditEvent } from '../core/model/audit-event.js';
import { retentionRecordId, tombstoneId, type DeletionTombstone, type RetentionRecord } from '../core/model/retention.js';
import type { FileConcern, FileReferral } from '../core/model/retention-file.js';
import type { RetentionStore } from '../core/ports/retention-store.js';
import type { Versioned } from '../core/ports/store.js';
import { createOp, replaceOp, runBatch } from './batch.js';
import { cosmosStatus, guard, toStoreError } from './cosmos-errors.js';
import { ofType, stripSystemFields, toVersioned } from './documents.js';
import { queryAll } from './paging.js';
import { Where } from './sql.js';

const FILE_CONCERN_SQL = 'SELECT c.id, c.childIds, c.categories, c.status, c.closure.at AS closedAt, c.version, c.auditHead FROM c';
const FILE_REFERRAL_SQL = 'SELECT c.id, c.childId, c.status, c.version, c.auditHead FROM c';
/** Deletion never removes these, whatever a caller passes. */
const NEVER_DELETED = new Set(['audit', 'school', 'child', 'deletionTombstone']);

/** Retention records, tombstones and deletions in the school's partition. */
export function createRetentionStore(records: Container): RetentionStore {
  const read = async <T>(schoolId: string, id: string, type: string) => {
    const { resource } = await guard(() => records.item(id, schoolId).read());
    const doc = ofType<T>(resource, type);
    return doc && toVersioned<T>(doc);
  };
  const save = async <T extends { id: string; schoolId: string }>(doc: T, etag: string | undefined, audit: AuditEvent, what: string) => {
    const first = etag === undefined ? createOp(doc) : replaceOp(doc, etag);
    const [written] = await runBatch(records, doc.schoolId, [first, createOp(audit)], what);
    if (!written?.eTag) throw new Error('Cosmos did not return an etag for the written document.');
    return { value: written.resourceBody ? stripSystemFields<T>(written.resourceBody) : doc, etag: written.eTag } as Versioned<T>;
  };
  const all = <T>(schoolId: string, type: string, select = 'SELECT * FROM c') =>
    queryAll<T>(records, schoolId, new Where(schoolId, type).toSpec(select));
  return {
    fileConcerns: (schoolId) => all<FileConcern>(schoolId, 'concern', FILE_CONCERN_SQL),
    fileReferrals: (schoolId) => all<FileReferral>(schoolId, 'referral', FILE_REFERRAL_SQL),
    getRecord: (schoolId, childId) => read<RetentionRecord>(schoolId, retentionRecordId(childId), 'retentionRecord'),
    saveRecord: (record, etag, audit) => save(record, etag, audit, 'This retention record'),
    records: (schoolId) => all<RetentionRecord>(schoolId, 'retentionRecord'),
    getTombstone: (schoolId, childId) => read<DeletionTombstone>(schoolId, tombstoneId(childId), 'deletionTombstone'),
    saveTombstone: (tombstone, etag, audit) => save(tombstone, etag, audit, 'This deletion'),
    tombstones: (schoolId) => all<DeletionTombstone>(schoolId, 'deletionTombstone'),
    companions: (schoolId, concernIds, referralIds, transferIds = []) => queryAll(records, schoolId, companionsSql(schoolId, concernIds, referralIds, transferIds)),
    async deleteDocs(schoolId, docs) {
      for (const doc of docs) {
        if (NEVER_DELETED.has(doc.type)) throw new LanternError('internal', `A ${doc.type} document is never deleted.`);
        await deleteOne(records, schoolId, doc.id);
      }
    },
  };
}

async function deleteOne(records: Container, schoolId: string, id: string): Promise<void> {
  try {
    await records.item(id, schoolId).delete();
  } catch (e) {
    if (cosmosStatus(e) === 404) return; // already gone: a resumed deletion
    throw toStoreError(e);
  }
}

function companionsSql(schoolId: string, concernIds: readonly string[], referralIds: readonly string[], transferIds: readonly string[]): SqlQuerySpec {
  return {
    query:
      'SELECT c.id, c.type FROM c WHERE c.schoolId = @schoolId AND (' +
      "(c.type = 'concernVersion' AND ARRAY_CONTAINS(@concernIds, c.concernId)) OR " +
      "(c.type = 'referralVersion' AND ARRAY_CONTAINS(@referralIds, c.referralId)) OR " +
      "(c.type = 'alert' AND ARRAY_CONTAINS(@referralIds, c.referralId)) OR " +
      "(c.type = 'alert' AND IS_DEFINED(c.deadline) AND ARRAY_CONTAINS(@transferIds, c.deadline.recordId)))",
    parameters: [
      { name: '@schoolId', value: schoolId },
      { name: '@concernIds', value: [...concernIds] },
      { name: '@referralIds', value: [...referralIds] },
      { name: '@transferIds', value: [...transferIds] },
    ],
  };
}
