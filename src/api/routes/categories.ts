import type { Deps } from '../../core/usecases/context.js';
import { getCategorySettings, updateCategorySettings } from '../../core/usecases/category-settings.js';
import { categorySettingsSchema } from '../../core/validation/category-input.js';
import type { Operation } from '../operation.js';
import { accessEnvOf } from './access-env.js';

/** The school's own categories: added, renamed, retired (never deleted) and restricted to DSLs. */
export const categoryOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'getCategorySettings', method: 'get', path: '/api/category-settings', tag: 'records',
    summary: "The school's categories (in use, retired, restricted to DSLs) and suggested additions; admins and DSLs",
    success: { status: 200, description: 'The categories; ETag header for If-Match.' },
    async handle(req) {
      const r = await getCategorySettings(deps, req.ctx);
      return { status: 200, body: r.settings, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'updateCategorySettings', method: 'put', path: '/api/category-settings', tag: 'records',
    summary: 'Replace the list of categories: add, rename, retire, restrict (versioned and audited); admins and DSLs',
    body: categorySettingsSchema,
    headers: [{ name: 'If-Match', required: true, description: 'The ETag of the categories being changed.' }],
    success: { status: 200, description: 'The categories after the change; new ETag.' },
    async handle(req) {
      const r = await updateCategorySettings(deps, req.ctx, req.body, req.header('if-match'));
      if (r.changed) accessEnvOf(deps).accessChanged(req.ctx.school.tenantId);
      return { status: 200, body: r.settings, headers: { etag: r.etag } };
    },
  },
];
