import type { Container, SqlQuerySpec } from '@azure/cosmos';
import type { StatusFlag, StatusFlagVersion } from '../core/child-status/status-flag.js';
import type { StatusFlagStore } from '../core/ports/status-flag-store.js';
import type { Versioned } from '../core/ports/store.js';
import { createOp, replaceOp, runBatch } from './batch.js';
import { guard } from './cosmos-errors.js';
import { ofType, stripSystemFields, toVersioned } from './documents.js';
import { queryAll } from './paging.js';
import { allOfType, Where } from './sql.js';

const WHAT = 'This status';

/** Status flags in the school's partition; writes are one batch with their audit event, record first. */
export function createStatusFlagStore(records: Container): StatusFlagStore {
  return {
    async create(flag, audit) {
      const [created] = await runBatch(records, flag.schoolId, [createOp(flag), createOp(audit)], WHAT);
      return fromBatch(created, flag);
    },
    async get(schoolId, id) {
      const { resource } = await guard(() => records.item(id, schoolId).read());
      const doc = ofType<StatusFlag>(resource, 'statusFlag');
      return doc && toVersioned<StatusFlag>(doc);
    },
    async replace(next, etag, version: StatusFlagVersion, audit) {
      const [replaced] = await runBatch(records, next.schoolId, [replaceOp(next, etag), createOp(version), createOp(audit)], WHAT);
      return fromBatch(replaced, next);
    },
    forChild: (schoolId, childId) => queryAll<StatusFlag>(records, schoolId, forChildSql(schoolId, childId)),
    async forChildVersioned(schoolId, childId) {
      return guard(async () => {
        const { resources } = await records.items.query(forChildSql(schoolId, childId), { partitionKey: schoolId, maxItemCount: 1000 }).fetchAll();
        return resources.map((doc: Record<string, unknown>) => toVersioned<StatusFlag>(doc));
      });
    },
    async current(schoolId, childIds, kinds, today) {
      if (childIds.length === 0 || kinds.length === 0) return [];
      return queryAll<StatusFlag>(records, schoolId, currentSql(schoolId, childIds, kinds, today));
    },
    async all(schoolId) {
      const [flags, versions] = await Promise.all([
        queryAll<StatusFlag>(records, schoolId, allOfType(schoolId, 'statusFlag')),
        queryAll<StatusFlagVersion>(records, schoolId, allOfType(schoolId, 'statusFlagVersion')),
      ]);
      return { flags, versions };
    },
  };
}

function forChildSql(schoolId: string, childId: string): SqlQuerySpec {
  const where = new Where(schoolId, 'statusFlag');
  where.add(`c.childId = ${where.param('childId', childId)}`);
  return where.toSpec('SELECT * FROM c', 'c.startDate ASC');
}

function currentSql(schoolId: string, childIds: readonly string[], kinds: readonly string[], today: string): SqlQuerySpec {
  const where = new Where(schoolId, 'statusFlag');
  where.add(`ARRAY_CONTAINS(${where.param('childIds', [...childIds])}, c.childId)`);
  where.add(`ARRAY_CONTAINS(${where.param('kinds', [...kinds])}, c.flag)`);
  where.add(`c.startDate <= ${where.param('today', today)}`);
  where.add('(NOT IS_DEFINED(c.endDate) OR c.endDate > @today)');
  return where.toSpec('SELECT * FROM c');
}

function fromBatch(result: { eTag?: string; resourceBody?: object } | undefined, written: StatusFlag): Versioned<StatusFlag> {
  if (!result?.eTag) throw new Error('Cosmos did not return an etag for the written status.');
  return { value: result.resourceBody ? stripSystemFields<StatusFlag>(result.resourceBody) : written, etag: result.eTag };
}
