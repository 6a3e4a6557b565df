import { createConcern } from '../../core/usecases/create-concern.js';
import type { Deps } from '../../core/usecases/context.js';
import { getConcern } from '../../core/usecases/get-concern.js';
import { listConcerns, listConcernsQuerySchema } from '../../core/usecases/list-concerns.js';
import { updateConcern } from '../../core/usecases/update-concern.js';
import { concernView } from '../../core/usecases/concern-view.js';
import { concernInputSchema } from '../../core/validation/concern-input.js';
import { concernUpdateSchema } from '../../core/validation/update-input.js';
import type { Operation } from '../operation.js';
import type { Concern } from '../../core/model/concern.js';
import type { School } from '../../core/model/school.js';

const IDEMPOTENCY = { name: 'Idempotency-Key', required: false, description: 'Retry-safe key; a retry returns the original record.' };
const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag of the version being changed.' };

/** What other parts of the process want to hear from this door (the bot announces new concerns to DSLs). */
export interface ConcernHooks {
  concernCreated?(school: School, concern: Concern): void;
}

export const concernOperations = (deps: Deps, hooks: ConcernHooks = {}): Operation[] => [
  {
    operationId: 'createConcern',
    method: 'post',
    path: '/api/concerns',
    summary: 'Log a concern about one or more children',
    tag: 'concerns',
    body: concernInputSchema,
    headers: [IDEMPOTENCY],
    success: { status: 201, description: 'The concern as recorded (200 when an Idempotency-Key replay returns the original).' },
    async handle(req) {
      const r = await createConcern(deps, req.ctx, req.body, req.header('idempotency-key'));
      const headers: Record<string, string> = { etag: r.etag, location: `/api/concerns/${r.concern.id}` };
      if (r.replayed) headers['idempotent-replayed'] = 'true';
      else hooks.concernCreated?.(req.ctx.school, r.concern);
      return { status: r.replayed ? 200 : 201, body: concernView(req.ctx.actor, r.concern), headers };
    },
  },
  {
    operationId: 'listConcerns',
    method: 'get',
    path: '/api/concerns',
    summary: 'Concerns the caller may read (triage queue: status=new&order=recordedAt-asc)',
    tag: 'concerns',
    query: listConcernsQuerySchema,
    success: { status: 200, description: 'A page of concerns and a cursor for the next page.' },
    handle: async (req) => ({ status: 200, body: await listConcerns(deps, req.ctx, req.query) }),
  },
  {
    operationId: 'getConcern',
    method: 'get',
    path: '/api/concerns/{id}',
    summary: 'One concern with its version history and what the caller may do with it',
    tag: 'concerns',
    success: { status: 200, description: 'The concern; ETag header for If-Match.' },
    async handle(req) {
      const r = await getConcern(deps, req.ctx, req.params.id!);
      return { status: 200, body: r.concern, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'updateConcern',
    method: 'patch',
    path: '/api/concerns/{id}',
    summary: 'Edit, triage, close or manage actions on a concern',
    tag: 'concerns',
    body: concernUpdateSchema,
    headers: [IF_MATCH],
    success: { status: 200, description: 'The concern after the change; new ETag.' },
    async handle(req) {
      const r = await updateConcern(deps, req.ctx, req.params.id!, req.body, req.header('if-match'));
      return { status: 200, body: r.concern, headers: { etag: r.etag } };
    },
  },
];
