import type { Deps } from '../../core/usecases/context.js';
import { getParentalNotificationReport, parentalReportQuerySchema } from '../../core/usecases/get-parental-notification-report.js';
import type { Operation } from '../operation.js';

/**
 * The parental-notification report. The decision itself is recorded on the
 * concern with `updateConcern` (`{"op":"parentalNotification",…}`), versioned and audited.
 */
export const parentalNotificationOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'getParentalNotificationReport',
    method: 'get',
    path: '/api/reports/parental-notification',
    summary: 'Concerns where parents/carers were not informed, and why; DSLs only',
    tag: 'records',
    query: parentalReportQuerySchema,
    success: { status: 200, description: 'A page of concerns (newest first) with the reason and who decided.' },
    handle: async (req) => ({ status: 200, body: await getParentalNotificationReport(deps, req.ctx, req.query) }),
  },
];
