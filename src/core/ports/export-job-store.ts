import type { ExportJob } from '../model/export-job.js';
import type { Versioned } from './store.js';

/** Background export jobs, one school (partition) at a time. */
export interface ExportJobStore {
  create(job: ExportJob): Promise<Versioned<ExportJob>>;
  get(schoolId: string, id: string): Promise<Versioned<ExportJob> | undefined>;
  /** Replaces only if the etag still matches (`version_conflict` otherwise): how a job is claimed. */
  replace(next: ExportJob, etag: string): Promise<Versioned<ExportJob>>;
  /** Jobs waiting, or running under a lease that ran out by `now` (the instance stopped), or finished but not yet announced. */
  pending(schoolId: string, now: string): Promise<Versioned<ExportJob>[]>;
}
