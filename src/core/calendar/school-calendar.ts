import type { School } from '../model/school.js';
import { createWorkingCalendar, type WorkingCalendar } from './working-calendar.js';

const cache = new WeakMap<School, WorkingCalendar>();

/** The working-day calendar of one school: its time zone, terms and closures, end of day. */
export function calendarFor(school: School): WorkingCalendar {
  let calendar = cache.get(school);
  if (!calendar) {
    const c = school.calendar ?? { terms: [], closures: [] };
    calendar = createWorkingCalendar(school.timeZone, c, c.endOfDay ?? '17:00');
    cache.set(school, calendar);
  }
  return calendar;
}
