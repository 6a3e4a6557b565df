import type { Deps } from '../../core/usecases/context.js';
import { decideAccessChange } from '../../core/usecases/access-changes.js';
import { getAccessConfig } from '../../core/usecases/get-access-config.js';
import { accessReportQuerySchema, getAccessReport } from '../../core/usecases/get-access-report.js';
import { searchGroups } from '../../core/usecases/search-groups.js';
import { updateAccessConfig } from '../../core/usecases/update-access-config.js';
import { accessConfigUpdateSchema, groupSearchQuerySchema } from '../../core/validation/access-input.js';
import type { Operation } from '../operation.js';
import { accessEnvOf } from './access-env.js';

/** Group → role mapping (admins), group search for the picker, and the access report (admins and DSLs). */
export const accessOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'getAccessConfig',
    method: 'get',
    path: '/api/access-config',
    summary: 'Which Entra groups give which roles and categories, with every past change (before and after); admins only',
    tag: 'access',
    success: { status: 200, description: 'The access configuration; ETag header for If-Match.' },
    async handle(req) {
      const r = await getAccessConfig(deps, req.ctx, accessEnvOf(deps).people);
      return { status: 200, body: r.access, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'updateAccessConfig',
    method: 'patch',
    path: '/api/access-config',
    summary: 'Change the group → role mapping (fields sent replace the stored ones); takes effect at once unless it widens access (then 202: pending until another DSL approves); admins only',
    tag: 'access',
    body: accessConfigUpdateSchema,
    headers: [{ name: 'If-Match', required: true, description: 'The ETag of the configuration being changed.' }],
    success: { status: 200, description: 'The configuration after the change; new ETag.' },
    async handle(req) {
      const r = await updateAccessConfig(deps, req.ctx, req.body, req.header('if-match'), accessEnvOf(deps).people);
      if (r.changed) accessEnvOf(deps).accessChanged(req.ctx.school.tenantId);
      return { status: r.pending ? 202 : 200, body: { ...r.access, pendingApproval: r.pending }, headers: { etag: r.etag } };
    },
  },
  ...(['approve', 'reject'] as const).map((decision): Operation => ({
    operationId: decision === 'approve' ? 'approveAccessChange' : 'rejectAccessChange',
    method: 'post',
    path: `/api/access-config/pending/{changeId}/${decision}`,
    summary: `${decision === 'approve' ? 'Approve (and apply)' : 'Reject'} a pending change that widens access; a DSL other than the person who asked`,
    tag: 'access',
    success: { status: 200, description: 'The decision was recorded; with approve, the change now applies.' },
    async handle(req) {
      const r = await decideAccessChange(deps, req.ctx, req.params.changeId ?? '', decision);
      if (r.applied) accessEnvOf(deps).accessChanged(req.ctx.school.tenantId);
      return { status: 200, body: { decision: decision === 'approve' ? 'approved' : 'rejected', summary: r.change.summary, requestedBy: r.change.requestedBy.name } };
    },
  })),
  {
    operationId: 'searchGroups',
    method: 'get',
    path: '/api/access-config/groups',
    summary: 'Entra groups whose name matches, for choosing one in the mapping (Microsoft Graph); admins only',
    tag: 'access',
    query: groupSearchQuerySchema,
    success: { status: 200, description: 'Matching groups; `unavailable` says why none could be listed.' },
    handle: async (req) => ({ status: 200, body: await searchGroups(deps, req.ctx, accessEnvOf(deps).people, req.query) }),
  },
  {
    operationId: 'getAccessReport',
    method: 'get',
    path: '/api/access-report',
    summary: 'Who can see what, through which group and role (format=csv for a spreadsheet); admins and DSLs',
    tag: 'access',
    query: accessReportQuerySchema,
    success: { status: 200, description: 'The report; with format=csv, { fileName, contentType, csv }.' },
    handle: async (req) => ({ status: 200, body: await getAccessReport(deps, req.ctx, accessEnvOf(deps).people, req.query) }),
  },
];
