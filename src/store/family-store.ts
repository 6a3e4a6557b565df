import type { Container, SqlQuerySpec } from '@azure/cosmos';
import type { ChildAdult, FamilyLink, FamilyLinkVersion } from '../core/family/family.js';
import type { FamilyStore } from '../core/ports/family-store.js';
import type { Versioned } from '../core/ports/store.js';
import { createOp, replaceOp, runBatch } from './batch.js';
import { guard } from './cosmos-errors.js';
import { ofType, stripSystemFields, toVersioned } from './documents.js';
import { queryAll } from './paging.js';
import { allOfType, Where } from './sql.js';

/** Family links and adults in the school's partition; each write is one batch with its audit event, record first. */
export function createFamilyStore(records: Container): FamilyStore {
  return {
    async createLink(link, audit) {
      const [created] = await runBatch(records, link.schoolId, [createOp(link), createOp(audit)], 'This family link');
      return fromBatch(created, link);
    },
    async getLink(schoolId, id) {
      const { resource } = await guard(() => records.item(id, schoolId).read());
      const doc = ofType<FamilyLink>(resource, 'familyLink');
      return doc && toVersioned<FamilyLink>(doc);
    },
    async replaceLink(next, etag, version, audit) {
      const [replaced] = await runBatch(records, next.schoolId, [replaceOp(next, etag), createOp(version), createOp(audit)], 'This family link');
      return fromBatch(replaced, next);
    },
    linksOf: (schoolId, childId) => queryAll<FamilyLink>(records, schoolId, byChild(schoolId, 'familyLink', 'ARRAY_CONTAINS(c.childIds, @childId)', childId)),
    async createAdult(adult, audit) {
      const [created] = await runBatch(records, adult.schoolId, [createOp(adult), createOp(audit)], 'This adult');
      return fromBatch(created, adult);
    },
    adultsOf: (schoolId, childId) => queryAll<ChildAdult>(records, schoolId, byChild(schoolId, 'childAdult', 'c.childId = @childId', childId)),
    async all(schoolId) {
      const [links, linkVersions, adults] = await Promise.all([
        queryAll<FamilyLink>(records, schoolId, allOfType(schoolId, 'familyLink')),
        queryAll<FamilyLinkVersion>(records, schoolId, allOfType(schoolId, 'familyLinkVersion')),
        queryAll<ChildAdult>(records, schoolId, allOfType(schoolId, 'childAdult')),
      ]);
      return { links, linkVersions, adults };
    },
  };
}

function byChild(schoolId: string, type: string, clause: string, childId: string): SqlQuerySpec {
  const where = new Where(schoolId, type);
  where.param('childId', childId);
  where.add(clause);
  return where.toSpec('SELECT * FROM c', 'c.recordedAt ASC');
}

function fromBatch<T>(result: { eTag?: string; resourceBody?: object } | undefined, written: T): Versioned<T> {
  if (!result?.eTag) throw new Error('Cosmos did not return an etag for the written record.');
  return { value: result.resourceBody ? stripSystemFields<T>(result.resourceBody) : written, etag: result.eTag };
}
