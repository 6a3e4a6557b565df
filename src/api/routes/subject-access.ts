import type { Deps } from '../../core/usecases/context.js';
import { createSubjectAccessRequest } from '../../core/usecases/create-subject-access-request.js';
import { downloadSubjectAccessExport } from '../../core/usecases/download-subject-access-export.js';
import { getSubjectAccessRequest } from '../../core/usecases/get-subject-access-request.js';
import { listSubjectAccessRequests, subjectAccessListQuerySchema } from '../../core/usecases/list-subject-access-requests.js';
import { previewSubjectAccessExport } from '../../core/usecases/preview-subject-access-export.js';
import { releaseSubjectAccessExport } from '../../core/usecases/release-subject-access-export.js';
import { subjectAccessView } from '../../core/usecases/subject-access-view.js';
import { updateSubjectAccessRequest } from '../../core/usecases/update-subject-access-request.js';
import { subjectAccessInputSchema, subjectAccessReleaseSchema, subjectAccessUpdateSchema } from '../../core/validation/subject-access-input.js';
import type { ApiResult, Operation } from '../operation.js';
import { getExportJob } from '../../core/jobs/export-jobs.js';

const BASE = '/api/subject-access-requests';
const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag of the version being changed (or reviewed, for a release).' };

export const subjectAccessOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'createSubjectAccessRequest',
    method: 'post',
    path: BASE,
    summary: 'Record a subject access request (who asked, when, for which child, identity check); due one calendar month after receipt. DSL only',
    tag: 'subject-access',
    body: subjectAccessInputSchema,
    headers: [{ name: 'Idempotency-Key', required: false, description: 'Retry-safe key; a retry returns the original request.' }],
    success: { status: 201, description: 'The request with its deadline.' },
    async handle(req) {
      const r = await createSubjectAccessRequest(deps, req.ctx, req.body, req.header('idempotency-key'));
      const headers: Record<string, string> = { etag: r.etag, location: `${BASE}/${r.sar.id}` };
      if (r.replayed) headers['idempotent-replayed'] = 'true';
      return { status: r.replayed ? 200 : 201, body: subjectAccessView(r.sar, deps.clock()), headers };
    },
  },
  {
    operationId: 'listSubjectAccessRequests',
    method: 'get',
    path: BASE,
    summary: 'Subject access requests: status=open | due-soon | overdue | closed, by child. DSL only',
    tag: 'subject-access',
    query: subjectAccessListQuerySchema,
    success: { status: 200, description: 'A page of requests, soonest deadline first for open ones.' },
    handle: async (req) => ({ status: 200, body: await listSubjectAccessRequests(deps, req.ctx, req.query) }),
  },
  {
    operationId: 'getSubjectAccessRequest',
    method: 'get',
    path: `${BASE}/{id}`,
    summary: 'One subject access request with its deadline, redaction decisions, releases and history',
    tag: 'subject-access',
    success: { status: 200, description: 'The request; ETag header for If-Match.' },
    async handle(req) {
      const r = await getSubjectAccessRequest(deps, req.ctx, req.params.id!);
      return { status: 200, body: r.sar, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'updateSubjectAccessRequest',
    method: 'patch',
    path: `${BASE}/{id}`,
    summary: '{"op":"extend"|"recordIdentity"|"reviewRedaction"|"withhold"|"liftWithholding"|"close",…}: extend by two months with a reason, record the identity check, release or keep a redaction with a reason, withhold an entry or passage under an exemption (basis and note) or lift it, close',
    tag: 'subject-access',
    body: subjectAccessUpdateSchema,
    headers: [IF_MATCH],
    success: { status: 200, description: 'The request after the change; new ETag.' },
    async handle(req) {
      const r = await updateSubjectAccessRequest(deps, req.ctx, req.params.id!, req.body, req.header('if-match'));
      return { status: 200, body: r.sar, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'previewSubjectAccessExport',
    method: 'get',
    path: `${BASE}/{id}/export-preview`,
    summary: "The child's file as a release would hold it now, with every proposed redaction (other children, third parties, staff) for review",
    tag: 'subject-access',
    success: { status: 200, description: '{ redactions (each with its mentions in context), unknownNames (flagged by the named-entity pass), withholdings, recordIds, file }; ETag of the request.' },
    async handle(req) {
      const r = await previewSubjectAccessExport(deps, req.ctx, req.params.id!);
      return { status: 200, body: r.preview, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'releaseSubjectAccessExport',
    method: 'post',
    path: `${BASE}/{id}/releases`,
    summary: 'Release the reviewed export: records and audits what went out (record ids, redactions, file hashes); returns the download links',
    tag: 'subject-access',
    body: subjectAccessReleaseSchema,
    headers: [IF_MATCH],
    success: { status: 201, description: '{ release, files: { pdf, json }, sar }; new ETag. A large file answers 202 { job } instead: poll GET /api/export-jobs/{id} until done.' },
    async handle(req): Promise<ApiResult> {
      const r = await releaseSubjectAccessExport(deps, req.ctx, req.params.id!, req.body, req.header('if-match'));
      // A large file builds in the background: 202 with the job to poll (its `poll` link), never a request that runs out of time.
      if ('job' in r) return { status: 202, body: { job: r.job }, headers: { location: r.job.poll } };
      return { status: 201, body: { release: r.release, files: r.files, sar: r.sar }, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'downloadSubjectAccessExport',
    method: 'get',
    path: `${BASE}/{id}/releases/{releaseId}/{format}`,
    summary: 'Download a released file (format pdf or json), byte for byte what the release recorded (X-Content-SHA256); the PDF streams',
    tag: 'subject-access',
    success: { status: 200, description: 'The PDF or JSON file as an attachment.' },
    async handle(req) {
      const r = await downloadSubjectAccessExport(deps, req.ctx, req.params.id!, req.params.releaseId!, req.params.format);
      return { status: 200, body: undefined, headers: { 'x-content-sha256': r.sha256 }, file: { contentType: r.contentType, fileName: r.fileName, data: r.body } };
    },
  },
  {
    operationId: 'getExportJob',
    method: 'get',
    path: '/api/export-jobs/{id}',
    summary: 'A background export: its stage and progress, and the download links once done. The DSL who asked (or another DSL)',
    tag: 'subject-access',
    success: { status: 200, description: '{ id, status, stage, percent, records?, result?: { releaseId, files }, error? }' },
    async handle(req) {
      return { status: 200, body: await getExportJob(deps, req.ctx, req.params.id!) };
    },
  },
];
