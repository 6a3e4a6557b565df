import type { Deps } from '../../core/usecases/context.js';
import { createAdultConcern } from '../../core/adults/create-adult-concern.js';
import { getAdultConcern } from '../../core/adults/get-adult-concern.js';
import { listAdultConcerns, listMyAdultConcerns } from '../../core/adults/list-adult-concerns.js';
import { updateAdultConcern } from '../../core/adults/update-adult-concern.js';
import { getAdultConcernSettings, updateAdultConcernSettings } from '../../core/adults/adult-concern-settings.js';
import { adultConcernInputSchema, adultConcernSettingsSchema, adultConcernUpdateSchema, listAdultConcernsQuerySchema } from '../../core/adults/adult-concern-input.js';
import type { Operation } from '../operation.js';
import { accessEnvOf } from './access-env.js';

const IDEMPOTENCY = { name: 'Idempotency-Key', required: false, description: 'Retry-safe key; a retry returns the original record.' };
const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag of the version being changed.' };

/** Concerns about adults working with children (KCSIE Part 4): a record apart from children's files. */
export const adultConcernOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'createAdultConcern', method: 'post', path: '/api/adult-concerns', tag: 'concerns about adults',
    summary: 'Log a low-level concern or an allegation about an adult (any member of staff; self-reports too); the person logging it gets a receipt',
    body: adultConcernInputSchema, headers: [IDEMPOTENCY],
    success: { status: 201, description: 'The record for its readers, otherwise a receipt (reference and time).' },
    async handle(req) {
      const r = await createAdultConcern(deps, req.ctx, req.body, req.header('idempotency-key'));
      const headers: Record<string, string> = {};
      if (r.etag) headers.etag = r.etag;
      if (r.replayed) headers['idempotent-replayed'] = 'true';
      return { status: r.replayed ? 200 : 201, body: r.body, headers };
    },
  },
  {
    operationId: 'listAdultConcerns', method: 'get', path: '/api/adult-concerns', tag: 'concerns about adults',
    summary: "The case managers' list, newest first, with repeated concerns about the same adult flagged",
    query: listAdultConcernsQuerySchema,
    success: { status: 200, description: 'The records the caller may read.' },
    handle: async (req) => ({ status: 200, body: await listAdultConcerns(deps, req.ctx, req.query) }),
  },
  {
    operationId: 'listMyAdultConcerns', method: 'get', path: '/api/my-adult-concerns', tag: 'concerns about adults',
    summary: 'What the caller has logged about adults: reference and time only',
    success: { status: 200, description: 'Receipts.' },
    handle: async (req) => ({ status: 200, body: await listMyAdultConcerns(deps, req.ctx) }),
  },
  {
    operationId: 'getAdultConcern', method: 'get', path: '/api/adult-concerns/{id}', tag: 'concerns about adults',
    summary: 'One record with its history, for its readers (404 for anyone else, the adult concerned included)',
    success: { status: 200, description: 'The record; ETag header for If-Match.' },
    async handle(req) {
      const r = await getAdultConcern(deps, req.ctx, req.params.id!);
      return { status: 200, body: r.record, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'updateAdultConcern', method: 'patch', path: '/api/adult-concerns/{id}', tag: 'concerns about adults',
    summary: 'Initial consideration, LADO referral and contacts, review, treat as an allegation, outcome (with retention review), close',
    body: adultConcernUpdateSchema, headers: [IF_MATCH],
    success: { status: 200, description: 'The record after the change; new ETag.' },
    async handle(req) {
      const r = await updateAdultConcern(deps, req.ctx, req.params.id!, req.body, req.header('if-match'));
      return { status: 200, body: r.record, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'getAdultConcernSettings', method: 'get', path: '/api/adult-concern-settings', tag: 'concerns about adults',
    summary: 'Case manager groups (headteacher, chair of governors) and whether DSLs read these records',
    success: { status: 200, description: 'The settings; ETag header for If-Match.' },
    async handle(req) {
      const r = await getAdultConcernSettings(deps, req.ctx);
      return { status: 200, body: r.settings, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'updateAdultConcernSettings', method: 'put', path: '/api/adult-concern-settings', tag: 'concerns about adults',
    summary: 'Replace the case manager groups and the DSL setting (versioned and audited); admins only',
    body: adultConcernSettingsSchema, headers: [IF_MATCH],
    success: { status: 200, description: 'The settings after the change; new ETag.' },
    async handle(req) {
      const r = await updateAdultConcernSettings(deps, req.ctx, req.body, req.header('if-match'));
      if (r.changed) accessEnvOf(deps).accessChanged(req.ctx.school.tenantId);
      return { status: 200, body: r.settings, headers: { etag: r.etag } };
    },
  },
];
