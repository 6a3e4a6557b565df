import { LanternError } from '../errors.js';
import type { SarRelease, SubjectAccessRequest } from '../model/subject-access.js';
import type { Versioned } from '../ports/store.js';
import { queueReleaseJob, type ReleaseRunner } from '../jobs/export-jobs.js';
import { parseInput } from '../validation/parse.js';
import { subjectAccessReleaseSchema } from '../validation/subject-access-input.js';
import { buildSubjectAccessExport, exportJson, rendererOf } from './build-subject-access-export.js';
import { collectBytes, keepExportFiles } from '../kept-copies/kept-copies.js';
import type { Deps, RequestContext } from './context.js';
import { saveSubjectAccessChange } from './save-subject-access-change.js';
import { loadSubjectAccess } from './subject-access-access.js';
import { subjectAccessView } from './subject-access-view.js';

/**
 * Releases the export as it stands (If-Match: the version the DSL reviewed).
 * The release is a change of the request, audited in its chain, and records
 * what went out — record ids with versions, redactions withheld and released,
 * and the sha256 of the PDF and JSON — never the narrative. The files
 * themselves are kept once in storage (create-only) and every download streams
 * that copy (downloadSubjectAccessExport).
 */
export async function releaseSubjectAccessExport(deps: Deps, ctx: RequestContext, id: string, body: unknown, ifMatch?: string) {
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the request you reviewed.');
  parseInput(subjectAccessReleaseSchema, body, 'release');
  const current = await releasable(deps, ctx, id, ifMatch);
  if (await isLarge(deps, ctx, current.value)) return { job: await queueReleaseJob(deps, ctx, current.value, ifMatch) };
  return performRelease(deps, ctx, current);
}

/** The request, if it may be released now as the version the DSL reviewed. */
export async function releasable(deps: Deps, ctx: RequestContext, id: string, ifMatch: string) {
  const current = await loadSubjectAccess(deps, ctx, id, 'export', 'subjectAccess.release');
  if (current.etag !== ifMatch) throw new LanternError('version_conflict', `${current.value.updatedBy.name} changed this request after you reviewed it. Reload and review again.`);
  const sar = current.value;
  if (sar.status === 'closed') throw new LanternError('invalid_state', 'This request is closed; release before closing it.');
  if (!sar.identity.checked) throw new LanternError('invalid_state', "Record how the requester's identity was checked before releasing anything.");
  return current;
}

/** Concerns about one child above which the release is built in the background (202 and a job to poll). */
export const BACKGROUND_EXPORT_CONCERNS = 40;

async function isLarge(deps: Deps, ctx: RequestContext, sar: SubjectAccessRequest): Promise<boolean> {
  const page = await deps.store.concerns.query(ctx.school.id, { scope: { kind: 'all' }, childId: sar.childId, order: 'occurredAt-asc' }, { limit: BACKGROUND_EXPORT_CONCERNS });
  return Boolean(page.cursor);
}

export type ReleaseProgress = (stage: 'gathering' | 'rendering' | 'keeping', percent: number, records?: number) => Promise<void>;

/**
 * Builds, keeps and records the release of the request as it stands. Called
 * by the request for a small file, by the export job for a large one (with
 * `jobId`, recorded on the release so a job run twice releases once).
 */
export async function performRelease(deps: Deps, ctx: RequestContext, current: Versioned<SubjectAccessRequest>, opts: { jobId?: string; progress?: ReleaseProgress } = {}) {
  const sar = current.value;
  const at = deps.clock().toISOString();
  await opts.progress?.('gathering', 10);
  const built = await buildSubjectAccessExport(deps, ctx, sar, at);
  await opts.progress?.('rendering', 40, built.recordIds.length);
  const renderer = rendererOf(deps);
  const bytes = { json: exportJson(built.file), pdf: await collectBytes(renderer.render(built.file, { timeZone: ctx.school.timeZone })), pdfContentType: renderer.contentType };
  await opts.progress?.('keeping', 80, built.recordIds.length);
  const { hashes, kept } = await keepExportFiles(deps, ctx.school.id, 'subject-access', sar.id, bytes);
  const release: SarRelease = {
    id: `${sar.releases.length + 1}`,
    at,
    by: { oid: ctx.actor.oid, name: ctx.actor.name },
    files: hashes,
    ...(kept ? { kept } : {}),
    ...(opts.jobId ? { jobId: opts.jobId } : {}),
    recordIds: built.recordIds,
    withheldRedactionIds: built.redactions.filter((r) => r.redacted).map((r) => r.id),
    releasedRedactionIds: built.redactions.filter((r) => !r.redacted).map((r) => r.id),
    withheld: built.withholdings.map((w) => ({ withholdingId: w.id, recordId: w.recordId, passage: !!w.passage, basis: w.basis, note: w.note })),
  };
  const saved = await saveSubjectAccessChange(deps, ctx, current, { ...sar, releases: [...sar.releases, release] }, 'subjectAccess.release', [hashes.json, hashes.pdf]);
  return { sar: subjectAccessView(saved.value, deps.clock()), etag: saved.etag, release, files: releaseFiles(sar.id, release.id) };
}

export const releaseFiles = (sarId: string, releaseId: string) => {
  const base = `/api/subject-access-requests/${encodeURIComponent(sarId)}/releases/${releaseId}`;
  return { pdf: `${base}/pdf`, json: `${base}/json` };
};

/**
 * The export job's work: release the request as the DSL reviewed it. If this
 * job already released it (the instance stopped after saving the release,
 * before marking the job done), that release is the result: never twice.
 */
export const runReleaseJob: ReleaseRunner = async (deps, ctx, job, progress) => {
  const found = await deps.store.subjectAccess.get(ctx.school.id, job.recordId);
  const already = found?.value.releases.find((r) => r.jobId === job.id);
  if (already) return { releaseId: already.id, files: releaseFiles(job.recordId, already.id) };
  const current = await releasable(deps, ctx, job.recordId, job.reviewedEtag);
  const r = await performRelease(deps, ctx, current, { jobId: job.id, progress });
  return { releaseId: r.release.id, files: r.files };
};
