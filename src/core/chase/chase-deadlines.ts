import { calendarFor } from '../calendar/school-calendar.js';
import { instantAt, localDate } from '../calendar/local-time.js';
import type { School } from '../model/school.js';
import type { Deadline, DeadlineSource } from '../ports/deadline-source.js';

const MAX_PAGES = 100;

/**
 * Referral chase dates as a deadline source: an open referral whose latest
 * contact set a next chase date raises one "chase due" alert to the DSLs at
 * the start of that school day (the next school day when it falls outside
 * term or on a weekend). The alert names the referral's reference only.
 */
export const chaseDeadlines: DeadlineSource = {
  name: 'chase',
  dueSoonMs: 0,
  async *open(store, school, horizon): AsyncIterable<Deadline> {
    const today = localDate(horizon, school.timeZone);
    let cursor: string | undefined;
    for (let i = 0; i < MAX_PAGES; i++) {
      const page = await store.referrals.query(school.id, { status: 'open', chaseBy: today }, { limit: 100, cursor });
      for (const r of page.items) {
        if (!r.chaseOn || !r.chaseContactId) continue;
        const day = chaseDay(school, r.chaseOn);
        if (day > today) continue;
        yield {
          recordType: 'referral', recordId: r.id, ref: r.ref, label: `Chase of referral ${r.ref}`,
          dueAt: instantAt(day, '00:00', school.timeZone).toISOString(), cycle: r.chaseContactId,
          path: `referrals/${encodeURIComponent(r.id)}`, wording: 'on-day',
        };
      }
      cursor = page.cursor;
      if (!cursor) break;
    }
  },
};

/** The school day a chase date falls on: itself, or the next school day (working day when no terms are set). */
export function chaseDay(school: School, date: string): string {
  const calendar = calendarFor(school);
  const hasTerms = (school.calendar?.terms.length ?? 0) > 0;
  const counts = hasTerms ? calendar.isSchoolDay : calendar.isWorkingDay;
  if (counts(date)) return date;
  try {
    return calendar.addDaysOf(hasTerms ? 'school' : 'working', date, 1);
  } catch {
    return date;
  }
}
