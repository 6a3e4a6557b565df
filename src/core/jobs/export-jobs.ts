import { randomUUID } from 'node:crypto';
import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { EXPORT_JOB_MAX_ATTEMPTS, type ExportJob, type ExportJobStage } from '../model/export-job.js';
import type { School } from '../model/school.js';
import type { SubjectAccessRequest } from '../model/subject-access.js';
import { allowSubjectAccess } from '../policy/index.js';
import type { AlertChannel } from '../ports/alert-channel.js';
import type { Versioned } from '../ports/store.js';
import type { Deps, RequestContext } from '../usecases/context.js';

/** How long a running job is held by the instance building it before another may take it over (renewed at each stage). */
export const EXPORT_JOB_LEASE_MS = 5 * 60_000;

/** Queues the release of a large export; the sweep builds it. Audited; the job acts as the DSL who asked. */
export async function queueReleaseJob(deps: Deps, ctx: RequestContext, sar: SubjectAccessRequest, reviewedEtag: string) {
  const now = deps.clock().toISOString();
  const job: ExportJob = {
    id: `job-${deps.newId()}`, type: 'exportJob', schoolId: ctx.school.id, kind: 'subject-access-release', recordId: sar.id, ref: sar.ref,
    reviewedEtag, requestedBy: ctx.actor, requestedAt: now, status: 'queued', stage: 'queued', percent: 0, attempts: 0, updatedAt: now,
  };
  const created = await deps.store.exportJobs.create(job);
  await audit(deps, ctx, { action: 'subjectAccess.release.queued', recordType: 'subjectAccessRequest', recordId: sar.id, outcome: 'success' });
  return exportJobView(created.value);
}

/** What the requester (and the tab) sees of a job: where it is, and the files once ready. */
export function exportJobView(j: ExportJob) {
  return {
    id: j.id, kind: j.kind, recordId: j.recordId, ref: j.ref, status: j.status, stage: j.stage, percent: j.percent,
    ...(j.records !== undefined ? { records: j.records } : {}), requestedAt: j.requestedAt, updatedAt: j.updatedAt,
    ...(j.result ? { result: j.result } : {}), ...(j.error ? { error: j.error } : {}),
    poll: `/api/export-jobs/${encodeURIComponent(j.id)}`,
  };
}

/** A job, for the DSL who asked or another DSL who may release the request. */
export async function getExportJob(deps: Deps, ctx: RequestContext, id: string) {
  const found = await deps.store.exportJobs.get(ctx.school.id, id);
  if (!found || !(found.value.requestedBy.oid === ctx.actor.oid || allowSubjectAccess(ctx.actor, 'list'))) {
    await audit(deps, ctx, { action: 'exportJob.read', recordType: 'exportJob', recordId: id, outcome: found ? 'denied' : 'failed' });
    throw new LanternError('not_found', 'Export job was not found.');
  }
  return exportJobView(found.value);
}

export type ReleaseRunner = (deps: Deps, ctx: RequestContext, job: ExportJob, progress: (stage: ExportJobStage, percent: number, records?: number) => Promise<void>) =>
  Promise<{ releaseId: string; files: { pdf: string; json: string } }>;

/**
 * Runs one school's waiting export jobs (called by the sweep). A job is
 * claimed with If-Match and a lease, so one instance builds it; a job whose
 * lease ran out (the instance stopped mid-build) is taken over. Finished
 * jobs are announced to the requester by a Teams message (reference only).
 * Returns how many jobs finished.
 */
export async function runExportJobs(deps: Deps, school: School, now: Date, run: ReleaseRunner, channel?: AlertChannel): Promise<number> {
  let finished = 0;
  for (const pending of await deps.store.exportJobs.pending(school.id, now.toISOString())) {
    let current: Versioned<ExportJob> = pending;
    if (current.value.status === 'queued' || current.value.status === 'running') {
      const claimed = await claim(deps, current, now);
      if (!claimed) continue;
      current = claimed;
      current = await runOne(deps, school, current, run);
      if (current.value.status === 'done' || current.value.status === 'failed') finished++;
    }
    if ((current.value.status === 'done' || current.value.status === 'failed') && !current.value.notifiedAt) await announce(deps, school, current, channel);
  }
  return finished;
}

async function claim(deps: Deps, found: Versioned<ExportJob>, now: Date): Promise<Versioned<ExportJob> | undefined> {
  const j = found.value;
  const at = now.toISOString();
  const next: ExportJob =
    j.attempts >= EXPORT_JOB_MAX_ATTEMPTS
      ? { ...j, status: 'failed', stage: 'failed', error: 'Lantern could not build this export after several tries. Try releasing it again; if it fails again, tell your Lantern admin.', leaseUntil: undefined, updatedAt: at }
      : { ...j, status: 'running', attempts: j.attempts + 1, holder: randomUUID(), leaseUntil: new Date(now.getTime() + EXPORT_JOB_LEASE_MS).toISOString(), updatedAt: at };
  try {
    const saved = await deps.store.exportJobs.replace(next, found.etag);
    return next.status === 'running' ? saved : undefined;
  } catch (e) {
    if (e instanceof LanternError && e.code === 'version_conflict') return undefined; // another instance took it
    throw e;
  }
}

async function runOne(deps: Deps, school: School, claimed: Versioned<ExportJob>, run: ReleaseRunner): Promise<Versioned<ExportJob>> {
  let current = claimed;
  const save = async (change: Partial<ExportJob>) => {
    const at = deps.clock();
    current = await deps.store.exportJobs.replace({ ...current.value, ...change, leaseUntil: new Date(at.getTime() + EXPORT_JOB_LEASE_MS).toISOString(), updatedAt: at.toISOString() }, current.etag);
  };
  const ctx: RequestContext = { actor: current.value.requestedBy, school, correlationId: `job-${current.value.id}` };
  try {
    const result = await run(deps, ctx, current.value, (stage, percent, records) => save({ stage, percent, ...(records !== undefined ? { records } : {}) }));
    await save({ status: 'done', stage: 'done', percent: 100, result });
    const { leaseUntil: _l, holder: _h, ...settled } = current.value;
    current = await deps.store.exportJobs.replace(settled, current.etag);
  } catch (e) {
    // A refusal (the request changed since review, was closed…) will not get better by retrying: tell the requester.
    if (e instanceof LanternError && ['version_conflict', 'invalid_state', 'forbidden', 'not_found'].includes(e.code)) {
      await save({ status: 'failed', stage: 'failed', error: e.message });
    } else {
      throw e; // left running: its lease runs out and the next sweep tries again (up to EXPORT_JOB_MAX_ATTEMPTS)
    }
  }
  return current;
}

async function announce(deps: Deps, school: School, found: Versioned<ExportJob>, channel: AlertChannel | undefined) {
  if (!channel) return;
  const j = found.value;
  const text = j.status === 'done'
    ? `The export for subject access request ${j.ref} is ready to download — open Lantern`
    : `The export for subject access request ${j.ref} could not be built — open Lantern`;
  const at = deps.clock().toISOString();
  const alert = {
    id: `job:${j.id}`, type: 'alert' as const, schoolId: school.id, kind: 'due-soon' as const, dueAt: at, raisedAt: at, audience: 'person' as const,
    recipient: { oid: j.requestedBy.oid, name: j.requestedBy.name }, status: 'pending' as const, deliveredTo: [], source: 'deadline' as const,
    deadline: { source: 'export', recordType: 'subjectAccessRequest', recordId: j.recordId, ref: j.ref, label: `Export for subject access request ${j.ref}`, cycle: 'job', path: `subject-access/${encodeURIComponent(j.recordId)}` },
  };
  await channel.send(school, j.requestedBy.oid, alert, text);
  await deps.store.exportJobs.replace({ ...j, notifiedAt: at }, found.etag);
}
