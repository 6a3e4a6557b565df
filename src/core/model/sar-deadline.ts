import { addDays, instantAt, pad } from '../calendar/local-time.js';

/** UK GDPR Art. 12(3): one month to respond, extendable by two further months. */
export const SAR_MONTHS = 1;
export const SAR_EXTENSION_MONTHS = 2;

const daysIn = (y: number, month0: number) => new Date(Date.UTC(y, month0 + 1, 0)).getUTCDate();

/**
 * The calendar date `months` after `date` (YYYY-MM-DD): the same day of the
 * month, or the last day of the target month when it is shorter (31 Jan + 1
 * month = 28 Feb, or 29 Feb in a leap year). This is the ICO's rule: the
 * corresponding calendar date, else the last day of that month.
 */
export function addCalendarMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = total % 12;
  return `${ty}-${pad(tm + 1)}-${pad(Math.min(d, daysIn(ty, tm)))}`;
}

/** The last day to respond: receipt + 1 month, or + 3 months (1 + 2) once extended. Holidays never pause it. */
export function sarDueOn(receivedOn: string, extended: boolean): string {
  return addCalendarMonths(receivedOn, SAR_MONTHS + (extended ? SAR_EXTENSION_MONTHS : 0));
}

/** The instant the deadline passes: the start of the day after `dueOn` in the school's time zone. */
export function sarDueAt(dueOn: string, timeZone: string): Date {
  return instantAt(addDays(dueOn, 1), '00:00', timeZone);
}

/** Whole calendar days from `fromDate` to `toDate` (both YYYY-MM-DD). */
export function daysBetween(fromDate: string, toDate: string): number {
  const t = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
  return Math.round((t(toDate) - t(fromDate)) / 86_400_000);
}

/** Education (Pupil Information) (England) Regulations 2005: a parent sees the educational record within 15 school days. */
export const EDUCATIONAL_RECORD_SCHOOL_DAYS = 15;

interface DueInputs {
  receivedOn: string;
  requestType?: 'subject-access' | 'educational-record';
  extension?: unknown;
  pauses?: { from: string; to?: string }[];
}

/** Whole days the clock was stopped (closed pauses only: an open pause has not yet moved the deadline). */
export const daysPaused = (pauses: DueInputs['pauses']) => (pauses ?? []).reduce((n, p) => n + (p.to ? Math.max(0, daysBetween(p.from, p.to)) : 0), 0);

/**
 * The last day to respond to a request of either type: one calendar month (or
 * three, once extended) for subject access, 15 school days (the school's
 * calendar) for the educational record; then moved on by the days the clock
 * was stopped while the school waited for identity, clarification or a fee.
 */
export function requestDueOn(r: DueInputs, addSchoolDays: (start: string, n: number) => string, extendedOverride?: boolean): string {
  const extended = extendedOverride ?? Boolean(r.extension);
  const base = r.requestType === 'educational-record' ? addSchoolDays(r.receivedOn, EDUCATIONAL_RECORD_SCHOOL_DAYS) : sarDueOn(r.receivedOn, extended);
  return addDays(base, daysPaused(r.pauses));
}
