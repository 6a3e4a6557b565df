import type { Deps } from '../../core/usecases/context.js';
import { auditQuerySchema, listAuditEvents } from '../../core/usecases/list-audit-events.js';
import type { Operation } from '../operation.js';

export const auditOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'listAuditEvents',
    method: 'get',
    path: '/api/audit-events',
    summary: 'The audit trail (who did what to which record, when, with what outcome), newest first',
    tag: 'audit',
    query: auditQuerySchema,
    success: { status: 200, description: 'A page of audit events.' },
    handle: async (req) => ({ status: 200, body: await listAuditEvents(deps, req.ctx, req.query) }),
  },
];
