import type { Deps } from '../../core/usecases/context.js';
import { addReferralContact } from '../../core/usecases/add-referral-contact.js';
import { createReferral } from '../../core/usecases/create-referral.js';
import { getReferral } from '../../core/usecases/get-referral.js';
import { listReferrals, listReferralsQuerySchema } from '../../core/usecases/list-referrals.js';
import { referralView } from '../../core/usecases/referral-view.js';
import { updateReferral } from '../../core/usecases/update-referral.js';
import { referralContactSchema, referralInputSchema, referralUpdateSchema } from '../../core/validation/referral-input.js';
import type { Operation } from '../operation.js';

const IDEMPOTENCY = { name: 'Idempotency-Key', required: false, description: 'Retry-safe key; a retry returns the original referral.' };

export const referralOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'createReferral',
    method: 'post',
    path: '/api/referrals',
    summary: "Record a referral to an outside agency; the agency's milestones and due dates are filled in",
    tag: 'referrals',
    body: referralInputSchema,
    headers: [IDEMPOTENCY],
    success: { status: 201, description: 'The referral with its milestones.' },
    async handle(req) {
      const r = await createReferral(deps, req.ctx, req.body, req.header('idempotency-key'));
      const headers: Record<string, string> = { etag: r.etag, location: `/api/referrals/${r.referral.id}` };
      if (r.replayed) headers['idempotent-replayed'] = 'true';
      return { status: r.replayed ? 200 : 201, body: referralView(r.referral, deps.clock()), headers };
    },
  },
  {
    operationId: 'listReferrals',
    method: 'get',
    path: '/api/referrals',
    summary: 'Referrals: status=overdue | due-soon | open | closed, by agency, child or concern',
    tag: 'referrals',
    query: listReferralsQuerySchema,
    success: { status: 200, description: 'A page of referrals.' },
    handle: async (req) => ({ status: 200, body: await listReferrals(deps, req.ctx, req.query) }),
  },
  {
    operationId: 'getReferral',
    method: 'get',
    path: '/api/referrals/{id}',
    summary: 'One referral with milestones, contact log and history',
    tag: 'referrals',
    success: { status: 200, description: 'The referral; ETag header for If-Match.' },
    async handle(req) {
      const r = await getReferral(deps, req.ctx, req.params.id!);
      return { status: 200, body: r.referral, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'updateReferral',
    method: 'patch',
    path: '/api/referrals/{id}',
    summary: 'Record a milestone, correct the reference or method, or close with the outcome',
    tag: 'referrals',
    body: referralUpdateSchema,
    headers: [{ name: 'If-Match', required: true, description: 'The ETag of the version being changed.' }],
    success: { status: 200, description: 'The referral after the change; new ETag.' },
    async handle(req) {
      const r = await updateReferral(deps, req.ctx, req.params.id!, req.body, req.header('if-match'));
      return { status: 200, body: r.referral, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'addReferralContact',
    method: 'post',
    path: '/api/referrals/{id}/contacts',
    summary: 'Add a letter, call, email, meeting or portal message to the contact log, with the next chase date',
    tag: 'referrals',
    body: referralContactSchema,
    success: { status: 201, description: 'The referral with the new contact.' },
    async handle(req) {
      const r = await addReferralContact(deps, req.ctx, req.params.id!, req.body);
      return { status: 201, body: r.referral, headers: { etag: r.etag } };
    },
  },
];
