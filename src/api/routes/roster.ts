import type { Deps } from '../../core/usecases/context.js';
import { importRoster, importRosterSchema } from '../../core/usecases/import-roster.js';
import type { Operation } from '../operation.js';
import { accessEnvOf } from './access-env.js';

export const rosterOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'importRoster',
    method: 'post',
    path: '/api/roster/imports',
    summary:
      'Import children and year groups from CSV (UPN, name, date of birth, year group) or School Data Sync. Without commit: a preview of adds, changes and leavers with problems by row. Commit with the preview\'s planId. Admins only',
    tag: 'roster',
    body: importRosterSchema,
    success: { status: 200, description: 'The preview, or the committed import (201 when anything was written).' },
    async handle(req) {
      const r = await importRoster(deps, req.ctx, req.body, accessEnvOf(deps).roster);
      return { status: 'importId' in r && r.importId ? 201 : 200, body: r };
    },
  },
];
