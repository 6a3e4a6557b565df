import type { Container, OperationInput, SqlQuerySpec } from '@azure/cosmos';
import type { CaseNote, CaseNoteVersion } from '../core/case-notes/case-note.js';
import type { AuditEvent } from '../core/model/audit-event.js';
import type { CaseNoteQuery, CaseNoteStore, ConcernChange } from '../core/ports/case-note-store.js';
import type { Versioned } from '../core/ports/store.js';
import { createOp, replaceOp, runBatch } from './batch.js';
import { guard } from './cosmos-errors.js';
import { ofType, stripSystemFields, toVersioned } from './documents.js';
import { queryAll } from './paging.js';
import { allOfType, Where } from './sql.js';

/**
 * Case notes in the school's partition. A note with a follow-up on a concern
 * replaces the concern first (If-Match), so a stale concern fails on operation
 * 0 and even the non-atomic embedded server writes nothing.
 */
export function createCaseNoteStore(records: Container): CaseNoteStore {
  return {
    async create(note: CaseNote, audit: AuditEvent, change?: ConcernChange) {
      if (!change) {
        const [created] = await runBatch(records, note.schoolId, [createOp(note), createOp(audit)], 'This case note');
        return fromBatch(created, note);
      }
      const ops: OperationInput[] = [replaceOp(change.next, change.etag), createOp(change.version), createOp(change.audit), createOp(note), createOp(audit)];
      const results = await runBatch(records, note.schoolId, ops, 'This concern');
      return fromBatch(results[3], note);
    },
    async get(schoolId, id) {
      const { resource } = await guard(() => records.item(id, schoolId).read());
      const doc = ofType<CaseNote>(resource, 'caseNote');
      return doc && toVersioned<CaseNote>(doc);
    },
    async replace(next, etag, version, audit) {
      const ops = [replaceOp(next, etag), createOp(version), createOp(audit)];
      const [replaced] = await runBatch(records, next.schoolId, ops, 'This case note');
      return fromBatch(replaced, next);
    },
    list: (schoolId, query) => queryAll<CaseNote>(records, schoolId, caseNotesSql(schoolId, query)),
    versions: (schoolId, id) => queryAll<CaseNoteVersion>(records, schoolId, caseNoteVersionsSql(schoolId, id)),
    async all(schoolId) {
      const [notes, versions] = await Promise.all([
        queryAll<CaseNote>(records, schoolId, allOfType(schoolId, 'caseNote')),
        queryAll<CaseNoteVersion>(records, schoolId, allOfType(schoolId, 'caseNoteVersion')),
      ]);
      return { notes, versions };
    },
  };
}

export function caseNotesSql(schoolId: string, q: CaseNoteQuery): SqlQuerySpec {
  const where = new Where(schoolId, 'caseNote');
  if ('childId' in q) where.add(`c.childId = ${where.param('childId', q.childId)}`);
  else where.add(`c.concernId = ${where.param('concernId', q.concernId)}`);
  return where.toSpec('SELECT * FROM c', 'c.occurredAt ASC');
}

function caseNoteVersionsSql(schoolId: string, caseNoteId: string): SqlQuerySpec {
  const where = new Where(schoolId, 'caseNoteVersion');
  where.add(`c.caseNoteId = ${where.param('caseNoteId', caseNoteId)}`);
  return where.toSpec('SELECT * FROM c', 'c.version ASC');
}

function fromBatch(result: { eTag?: string; resourceBody?: object } | undefined, written: CaseNote): Versioned<CaseNote> {
  if (!result?.eTag) throw new Error('Cosmos did not return an etag for the written case note.');
  return { value: result.resourceBody ? stripSystemFields<CaseNote>(result.resourceBody) : written, etag: result.eTag };
}
