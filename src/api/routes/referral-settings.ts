import type { Deps } from '../../core/usecases/context.js';
import { getReferralSettings, updateReferralSettings } from '../../core/usecases/referral-settings.js';
import { referralSettingsSchema } from '../../core/validation/referral-settings-input.js';
import type { Operation } from '../operation.js';
import { accessEnvOf } from './access-env.js';

/** Agencies, the milestones each new referral gets, and when alerts fire. */
export const referralSettingsOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'getReferralSettings',
    method: 'get',
    path: '/api/referral-settings',
    summary: "The school's agencies with their milestones and timescales, and the alert settings; admins and DSLs",
    tag: 'access',
    success: { status: 200, description: 'The settings; ETag header for If-Match.' },
    async handle(req) {
      const r = await getReferralSettings(deps, req.ctx);
      return { status: 200, body: r.settings, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'updateReferralSettings',
    method: 'put',
    path: '/api/referral-settings',
    summary: "Replace the school's agencies, milestones and alert settings (versioned and audited); admins only",
    tag: 'access',
    body: referralSettingsSchema,
    headers: [{ name: 'If-Match', required: true, description: 'The ETag of the settings being changed.' }],
    success: { status: 200, description: 'The settings after the change; new ETag.' },
    async handle(req) {
      const r = await updateReferralSettings(deps, req.ctx, req.body, req.header('if-match'));
      if (r.changed) accessEnvOf(deps).accessChanged(req.ctx.school.tenantId);
      return { status: 200, body: r.settings, headers: { etag: r.etag } };
    },
  },
];
