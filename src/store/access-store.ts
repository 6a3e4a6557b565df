import type { Container } from '@azure/cosmos';
import type { AccessConfigVersion } from '../core/model/access-version.js';
import type { AuditEvent } from '../core/model/audit-event.js';
import type { School } from '../core/model/school.js';
import type { AccessStore } from '../core/ports/access-store.js';
import type { Versioned } from '../core/ports/store.js';
import { createOp, replaceOp, runBatch } from './batch.js';
import { guard } from './cosmos-errors.js';
import { ofType, stripSystemFields, toVersioned } from './documents.js';
import { queryAll } from './paging.js';
import { Where } from './sql.js';

const WHAT = 'This access configuration';

/** The school document (which holds the access configuration), its versions and audit events, one batch per change. */
export function createAccessStore(records: Container): AccessStore {
  return {
    async get(schoolId) {
      const { resource } = await guard(() => records.item(schoolId, schoolId).read());
      const doc = ofType<School>(resource, 'school');
      return doc && toVersioned<School>(doc);
    },
    async replace(next: School, etag: string, version: AccessConfigVersion, audit: AuditEvent) {
      // School first: a stale etag fails operation 0, so nothing else is written.
      const ops = [replaceOp(next, etag), createOp(version), createOp(audit)];
      const [replaced] = await runBatch(records, next.schoolId, ops, WHAT);
      return fromBatch(replaced, next);
    },
    versions(schoolId) {
      const where = new Where(schoolId, 'accessConfigVersion');
      return queryAll<AccessConfigVersion>(records, schoolId, where.toSpec('SELECT * FROM c', 'c.version ASC'));
    },
  };
}

function fromBatch(result: { eTag?: string; resourceBody?: object } | undefined, written: School): Versioned<School> {
  if (!result?.eTag) throw new Error('Cosmos did not return an etag for the written school.');
  return { value: result.resourceBody ? stripSystemFields<School>(result.resourceBody) : written, etag: result.eTag };
}
