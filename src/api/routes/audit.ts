import type { Deps } from '../../core/usecases/context.js';
import { auditExportQuerySchema, exportAuditEvents } from '../../core/usecases/export-audit-events.js';
import { auditQuerySchema, listAuditEvents } from '../../core/usecases/list-audit-events.js';
import type { Operation } from '../operation.js';

export const auditOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'listAuditEvents',
    method: 'get',
    path: '/api/audit-events',
    summary: 'The audit trail (who did what to which record, when, with what outcome — views and refusals included), newest first; DSLs and admins (childId: DSLs only)',
    tag: 'audit',
    query: auditQuerySchema,
    success: { status: 200, description: 'A page of audit events.' },
    handle: async (req) => ({ status: 200, body: await listAuditEvents(deps, req.ctx, req.query) }),
  },
  {
    operationId: 'exportAuditEvents',
    method: 'get',
    path: '/api/audit/export.csv',
    summary: 'The audit trail with the same filters as listAuditEvents, as a CSV file for an auditor (the export is itself audited); DSLs and admins',
    tag: 'audit',
    query: auditExportQuerySchema,
    headers: [{ name: 'Accept', required: false, description: 'application/json (without text/csv) returns { fileName, contentType, csv } for the tab to save.' }],
    success: { status: 200, description: 'text/csv attachment, newest first, one row per audit event.' },
    async handle(req) {
      const r = await exportAuditEvents(deps, req.ctx, req.query);
      if (wantsJson(req.header('accept'))) return { status: 200, body: r };
      return { status: 200, body: undefined, file: { contentType: r.contentType, fileName: r.fileName, data: r.csv } };
    },
  },
];

const wantsJson = (accept: string | undefined) => !!accept && accept.includes('application/json') && !accept.includes('text/csv');
