import { calendarFor } from '../calendar/school-calendar.js';
import { addDays, instantAt, localDate } from '../calendar/local-time.js';
import type { Deadline, DeadlineSource } from '../ports/deadline-source.js';
import type { School } from '../model/school.js';
import type { ConcernAction } from '../model/concern.js';

const LIMIT = 1000;

/**
 * Open actions as a deadline source. An action is due by the end of its due
 * date (school time); from the next day it is overdue and its assignee is
 * alerted. If it is still open a working day later, the DSLs are. Each stage
 * is raised once per assignment (`cycle` moves on a reassignment). The alert
 * names the concern's reference only.
 */
export const actionDeadlines: DeadlineSource = {
  name: 'action',
  dueSoonMs: 0,
  async *open(store, school, horizon): AsyncIterable<Deadline> {
    // Due dates up to the day before the horizon's date are past their end of day.
    const dueBy = addDays(localDate(horizon, school.timeZone), -1);
    const rows = await store.dashboard.openActionsDue(school.id, dueBy, LIMIT);
    for (const row of rows.items) {
      for (const a of row.due) yield actionDeadline(school, row.concernId, row.ref, a);
    }
  },
};

function actionDeadline(school: School, concernId: string, ref: string, a: ConcernAction): Deadline {
  const overdueFrom = addDays(a.dueDate, 1);
  const escalateOn = calendarFor(school).addDaysOf('working', overdueFrom, 1);
  return {
    recordType: 'concern', recordId: concernId, ref, label: `Action on concern ${ref}`,
    dueAt: instantAt(overdueFrom, '00:00', school.timeZone).toISOString(),
    cycle: `${a.id}.c${a.cycle ?? 1}`,
    path: `concerns/${encodeURIComponent(concernId)}`,
    recipient: { oid: a.assignee.oid.toLowerCase(), name: a.assignee.name },
    escalateAt: instantAt(escalateOn, '00:00', school.timeZone).toISOString(),
  };
}
