import type { Deps } from '../../core/usecases/context.js';
import { getDisclosureSettings, updateDisclosureSettings } from '../../core/usecases/disclosure-settings.js';
import { disclosureSettingsSchema } from '../../core/validation/disclosure-input.js';
import type { Operation } from '../operation.js';
import { accessEnvOf } from './access-env.js';

/** What subject-access exports redact by default for each kind of person (other children, relatives, professionals, staff…). */
export const disclosureSettingsOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'getDisclosureSettings', method: 'get', path: '/api/disclosure-settings', tag: 'subject-access',
    summary: "The school's default for each kind of person in a subject-access export (redact or disclose); DSLs and admins",
    success: { status: 200, description: '{ kinds: [{ kind, label, choice }], defaults, custom }; ETag header for If-Match.' },
    async handle(req) {
      const r = await getDisclosureSettings(deps, req.ctx);
      return { status: 200, body: r.settings, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'updateDisclosureSettings', method: 'put', path: '/api/disclosure-settings', tag: 'subject-access',
    summary: 'Change the default for some kinds of person, e.g. { defaults: { professional: "disclose" } } (versioned and audited); DSLs and admins',
    body: disclosureSettingsSchema,
    headers: [{ name: 'If-Match', required: true, description: 'The ETag of the settings being changed.' }],
    success: { status: 200, description: 'The settings after the change; new ETag.' },
    async handle(req) {
      const r = await updateDisclosureSettings(deps, req.ctx, req.body, req.header('if-match'));
      if (r.changed) accessEnvOf(deps).accessChanged(req.ctx.school.tenantId);
      return { status: 200, body: r.settings, headers: { etag: r.etag } };
    },
  },
];
