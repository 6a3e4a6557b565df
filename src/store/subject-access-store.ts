import type { Container, SqlQuerySpec } from '@azure/cosmos';
import type { AuditEvent } from '../core/model/audit-event.js';
import type { SubjectAccessRequest, SubjectAccessVersion } from '../core/model/subject-access.js';
import type { Versioned } from '../core/ports/store.js';
import type { SubjectAccessQuery, SubjectAccessStore } from '../core/ports/subject-access-store.js';
import { createOp, replaceOp, runBatch } from './batch.js';
import { guard } from './cosmos-errors.js';
import { ofType, stripSystemFields, toVersioned } from './documents.js';
import { queryAll, queryPage } from './paging.js';
import { Where } from './sql.js';

const WHAT = 'This subject access request';

/** Subject access requests in the school's partition; writes are one batch with their audit event, record first. */
export function createSubjectAccessStore(records: Container): SubjectAccessStore {
  return {
    async create(sar: SubjectAccessRequest, audit: AuditEvent) {
      const [created] = await runBatch(records, sar.schoolId, [createOp(sar), createOp(audit)], WHAT);
      return fromBatch(created, sar);
    },
    async get(schoolId, id) {
      const { resource } = await guard(() => records.item(id, schoolId).read());
      const doc = ofType<SubjectAccessRequest>(resource, 'subjectAccessRequest');
      return doc && toVersioned<SubjectAccessRequest>(doc);
    },
    async replace(next, etag, version, audit) {
      const [replaced] = await runBatch(records, next.schoolId, [replaceOp(next, etag), createOp(version), createOp(audit)], WHAT);
      return fromBatch(replaced, next);
    },
    query: (schoolId, query, page) => queryPage<SubjectAccessRequest>(records, schoolId, subjectAccessSql(schoolId, query), page),
    versions: (schoolId, sarId) => {
      const where = new Where(schoolId, 'subjectAccessVersion');
      where.add(`c.sarId = ${where.param('sarId', sarId)}`);
      return queryAll<SubjectAccessVersion>(records, schoolId, where.toSpec('SELECT * FROM c', 'c.version ASC'));
    },
  };
}

/**
 * The "due by" form is the deadline sweep's: open requests only, a range on
 * `dueAt` (single-field index), so its cost does not grow with closed history.
 */
export function subjectAccessSql(schoolId: string, q: SubjectAccessQuery): SqlQuerySpec {
  const where = new Where(schoolId, 'subjectAccessRequest');
  if (q.status) where.add(`c.status = ${where.param('status', q.status)}`);
  if (q.childId) where.add(`c.childId = ${where.param('childId', q.childId)}`);
  if (q.dueBy) where.add(`c.dueAt <= ${where.param('dueBy', q.dueBy)}`);
  return where.toSpec('SELECT * FROM c', q.dueBy || q.status === 'open' ? 'c.dueAt ASC' : 'c.receivedOn DESC');
}

function fromBatch(result: { eTag?: string; resourceBody?: object } | undefined, written: SubjectAccessRequest): Versioned<SubjectAccessRequest> {
  if (!result?.eTag) throw new Error('Cosmos did not return an etag for the written subject access request.');
  return { value: result.resourceBody ? stripSystemFields<SubjectAccessRequest>(result.resourceBody) : written, etag: result.eTag };
}
