import type { Container } from '@azure/cosmos';
import type { ExportJob } from '../core/model/export-job.js';
import type { ExportJobStore } from '../core/ports/export-job-store.js';
import type { Versioned } from '../core/ports/store.js';
import { guard } from './cosmos-errors.js';
import { ofType, toVersioned } from './documents.js';
import { Where } from './sql.js';

const WHAT = 'This export job';

/** Export jobs in the school's partition of `records`. */
export function createExportJobStore(records: Container): ExportJobStore {
  const versioned = (resource: object | undefined, etag: string | undefined, doc: ExportJob): Versioned<ExportJob> => {
    if (!etag) throw new Error('Cosmos did not return an etag for the export job.');
    return toVersioned<ExportJob>({ ...(resource ?? doc) } as Record<string, unknown>, etag);
  };
  return {
    async create(job) {
      const { resource, etag } = await guard(() => records.items.create(job), WHAT);
      return versioned(resource, etag, job);
    },
    async get(schoolId, id) {
      const { resource } = await guard(() => records.item(id, schoolId).read());
      const doc = ofType<ExportJob>(resource, 'exportJob');
      return doc && toVersioned<ExportJob>(doc);
    },
    async replace(next, etag) {
      const { resource, etag: newEtag } = await guard(() => records.item(next.id, next.schoolId).replace(next, { accessCondition: { type: 'IfMatch', condition: etag } }), WHAT);
      return versioned(resource, newEtag, next);
    },
    async pending(schoolId, now) {
      const where = new Where(schoolId, 'exportJob');
      where.add(
        `(c.status = 'queued' OR (c.status = 'running' AND (NOT IS_DEFINED(c.leaseUntil) OR c.leaseUntil <= ${where.param('now', now)})) OR ((c.status = 'done' OR c.status = 'failed') AND NOT IS_DEFINED(c.notifiedAt)))`,
      );
      const { resources } = await guard(() => records.items.query<ExportJob & { _etag: string }>(where.toSpec('SELECT * FROM c'), { partitionKey: schoolId }).fetchAll());
      return resources.map((r) => toVersioned<ExportJob>({ ...r } as Record<string, unknown>, r._etag));
    },
  };
}
