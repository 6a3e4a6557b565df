import type { Container } from '@azure/cosmos';
import type { AuditEvent } from '../core/model/audit-event.js';
import type { Concern, ConcernVersion } from '../core/model/concern.js';
import type { Store, Versioned } from '../core/ports/store.js';
import { createOp, replaceOp, runBatch } from './batch.js';
import { guard } from './cosmos-errors.js';
import { ofType, stripSystemFields, toVersioned } from './documents.js';
import { queryAll, queryPage } from './paging.js';
import { concernQuerySql, versionsSql } from './sql.js';

const WHAT = 'This concern';

export function createConcernStore(records: Container): Store['concerns'] {
  return {
    async create(concern: Concern, audit: AuditEvent): Promise<Versioned<Concern>> {
      // Concern first: a replayed id fails on operation 0, so even a non-atomic store writes nothing.
      const ops = [createOp(concern), createOp(audit)];
      const [created] = await runBatch(records, concern.schoolId, ops, WHAT);
      return fromBatch(created, concern);
    },

    async get(schoolId: string, id: string): Promise<Versioned<Concern> | undefined> {
      const { resource } = await guard(() => records.item(id, schoolId).read());
      const doc = ofType<Concern>(resource, 'concern');
      return doc && toVersioned<Concern>(doc);
    },

    async replace(next: Concern, etag: string, version: ConcernVersion, audit: AuditEvent): Promise<Versioned<Concern>> {
      const ops = [replaceOp(next, etag), createOp(version), createOp(audit)];
      const [replaced] = await runBatch(records, next.schoolId, ops, WHAT);
      return fromBatch(replaced, next);
    },

    async query(schoolId, query, page) {
      const spec = concernQuerySql(schoolId, query);
      if (!spec) return { items: [] };
      return queryPage<Concern>(records, schoolId, spec, page);
    },

    versions(schoolId: string, concernId: string): Promise<ConcernVersion[]> {
      return queryAll<ConcernVersion>(records, schoolId, versionsSql(schoolId, concernId));
    },
  };
}

function fromBatch(result: { eTag?: string; resourceBody?: object } | undefined, written: Concern): Versioned<Concern> {
  const etag = result?.eTag;
  if (!etag) throw new Error('Cosmos did not return an etag for the written concern.');
  const value = result.resourceBody ? stripSystemFields<Concern>(result.resourceBody) : written;
  return { value, etag };
}
