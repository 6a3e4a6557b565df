import type { Container, SqlQuerySpec } from '@azure/cosmos';
import type { AdultConcern, AdultConcernVersion } from '../core/adults/adult-concern.js';
import type { AdultConcernQuery, AdultConcernStore } from '../core/ports/adult-concern-store.js';
import type { Versioned } from '../core/ports/store.js';
import { createOp, replaceOp, runBatch } from './batch.js';
import { guard } from './cosmos-errors.js';
import { ofType, stripSystemFields, toVersioned } from './documents.js';
import { queryAll } from './paging.js';
import { allOfType, Where } from './sql.js';

/** Concerns about adults in the school's partition: `[Create, Create audit]` and `[Replace IfMatch, Create version, Create audit]`. */
export function createAdultConcernStore(records: Container): AdultConcernStore {
  return {
    async create(record, audit) {
      const [created] = await runBatch(records, record.schoolId, [createOp(record), createOp(audit)], 'This record');
      return fromBatch(created, record);
    },
    async get(schoolId, id) {
      const { resource } = await guard(() => records.item(id, schoolId).read());
      const doc = ofType<AdultConcern>(resource, 'adultConcern');
      return doc && toVersioned<AdultConcern>(doc);
    },
    async replace(next, etag, version, audit) {
      const [replaced] = await runBatch(records, next.schoolId, [replaceOp(next, etag), createOp(version), createOp(audit)], 'This record');
      return fromBatch(replaced, next);
    },
    list: (schoolId, query) => queryAll<AdultConcern>(records, schoolId, adultConcernsSql(schoolId, query)),
    ladoDue: (schoolId, horizon) => queryAll<AdultConcern>(records, schoolId, ladoDueSql(schoolId, horizon)),
    versions: (schoolId, id) => queryAll<AdultConcernVersion>(records, schoolId, versionsSql(schoolId, id)),
    async all(schoolId) {
      const [all, versions] = await Promise.all([
        queryAll<AdultConcern>(records, schoolId, allOfType(schoolId, 'adultConcern')),
        queryAll<AdultConcernVersion>(records, schoolId, allOfType(schoolId, 'adultConcernVersion')),
      ]);
      return { records: all, versions };
    },
  };
}

export function adultConcernsSql(schoolId: string, q: AdultConcernQuery): SqlQuerySpec {
  const where = new Where(schoolId, 'adultConcern');
  if (q.kind) where.add(`c.kind = ${where.param('kind', q.kind)}`);
  if (q.status) where.add(`c.status = ${where.param('status', q.status)}`);
  if (q.createdBy) where.add(`c.createdBy.oid = ${where.param('createdBy', q.createdBy)}`);
  return where.toSpec('SELECT * FROM c', 'c.recordedAt DESC');
}

/** One indexed range on `ladoDueAt`, which is set only while a referral is awaited. */
function ladoDueSql(schoolId: string, horizon: string): SqlQuerySpec {
  const where = new Where(schoolId, 'adultConcern');
  where.add("c.status = 'open'");
  where.add(`c.ladoDueAt <= ${where.param('horizon', horizon)}`);
  return where.toSpec('SELECT * FROM c', 'c.ladoDueAt ASC');
}

function versionsSql(schoolId: string, id: string): SqlQuerySpec {
  const where = new Where(schoolId, 'adultConcernVersion');
  where.add(`c.adultConcernId = ${where.param('id', id)}`);
  return where.toSpec('SELECT * FROM c', 'c.version ASC');
}

function fromBatch(result: { eTag?: string; resourceBody?: object } | undefined, written: AdultConcern): Versioned<AdultConcern> {
  if (!result?.eTag) throw new Error('Cosmos did not return an etag for the written record.');
  return { value: result.resourceBody ? stripSystemFields<AdultConcern>(result.resourceBody) : written, etag: result.eTag };
}
