import type { Deps } from '../../core/usecases/context.js';
import { listStatusFlags } from '../../core/child-status/list-status-flags.js';
import { setStatusFlag } from '../../core/child-status/set-status-flag.js';
import { updateStatusFlag } from '../../core/child-status/update-status-flag.js';
import { statusFlagInputSchema, statusFlagUpdateSchema } from '../../core/child-status/status-flag-input.js';
import type { Operation } from '../operation.js';

export const statusFlagOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'listStatusFlags',
    method: 'get',
    path: '/api/children/{id}/status-flags',
    summary: "A child's statuses the caller may see (child protection plan, looked after, SEN support…), current and past",
    tag: 'children',
    success: { status: 200, description: 'The status periods, oldest first; each carries its ETag (for If-Match on updateStatusFlag) when the caller may change it.' },
    handle: async (req) => ({ status: 200, body: await listStatusFlags(deps, req.ctx, req.params.id!) }),
  },
  {
    operationId: 'setStatusFlag',
    method: 'post',
    path: '/api/children/{id}/status-flags',
    summary: 'A DSL records that a child has a status from a date',
    tag: 'children',
    body: statusFlagInputSchema,
    headers: [{ name: 'Idempotency-Key', required: false, description: 'Retry-safe key; a retry returns the original status.' }],
    success: { status: 201, description: 'The status period; ETag header for If-Match.' },
    async handle(req) {
      const r = await setStatusFlag(deps, req.ctx, req.params.id!, req.body, req.header('idempotency-key'));
      const headers: Record<string, string> = { etag: r.etag };
      if (r.replayed) headers['idempotent-replayed'] = 'true';
      return { status: r.replayed ? 200 : 201, body: r.flag, headers };
    },
  },
  {
    operationId: 'updateStatusFlag',
    method: 'patch',
    path: '/api/status-flags/{id}',
    summary: "End a status period, or correct its start date or a plan's category",
    tag: 'children',
    body: statusFlagUpdateSchema,
    headers: [{ name: 'If-Match', required: true, description: 'The ETag of the version being changed.' }],
    success: { status: 200, description: 'The status after the change; new ETag.' },
    async handle(req) {
      const r = await updateStatusFlag(deps, req.ctx, req.params.id!, req.body, req.header('if-match'));
      return { status: 200, body: r.flag, headers: { etag: r.etag } };
    },
  },
];
