import type { Deps } from '../../core/usecases/context.js';
import { getSchoolCalendar, updateSchoolCalendar } from '../../core/usecases/school-calendar.js';
import { schoolCalendarSchema } from '../../core/validation/calendar-input.js';
import type { Operation } from '../operation.js';
import { accessEnvOf } from './access-env.js';

/** Term dates and closure days, which school-day timescales count on. */
export const schoolCalendarOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'getSchoolCalendar',
    method: 'get',
    path: '/api/school-calendar',
    summary: "The school's terms, closure days and end of the working day; admins and DSLs",
    tag: 'access',
    success: { status: 200, description: 'The calendar; ETag header for If-Match.' },
    async handle(req) {
      const r = await getSchoolCalendar(deps, req.ctx);
      return { status: 200, body: r.calendar, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'updateSchoolCalendar',
    method: 'put',
    path: '/api/school-calendar',
    summary: "Replace the school's terms and closure days (versioned and audited); admins only",
    tag: 'access',
    body: schoolCalendarSchema,
    headers: [{ name: 'If-Match', required: true, description: 'The ETag of the calendar being changed.' }],
    success: { status: 200, description: 'The calendar after the change; new ETag.' },
    async handle(req) {
      const r = await updateSchoolCalendar(deps, req.ctx, req.body, req.header('if-match'));
      if (r.changed) accessEnvOf(deps).accessChanged(req.ctx.school.tenantId);
      return { status: 200, body: r.calendar, headers: { etag: r.etag } };
    },
  },
];
