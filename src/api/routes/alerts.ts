import type { Deps } from '../../core/usecases/context.js';
import { listAlerts, listAlertsQuerySchema } from '../../core/usecases/list-alerts.js';
import type { Operation } from '../operation.js';

export const alertOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'listAlerts',
    method: 'get',
    path: '/api/alerts',
    summary: "The DSL's alerts inbox: referral milestones due soon, overdue or escalated",
    tag: 'referrals',
    query: listAlertsQuerySchema,
    success: { status: 200, description: 'A page of alerts, each with its child-free text.' },
    handle: async (req) => ({ status: 200, body: await listAlerts(deps, req.ctx, req.query) }),
  },
];
