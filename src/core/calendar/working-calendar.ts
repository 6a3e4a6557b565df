import { isBankHoliday } from './bank-holidays.js';
import { addDays, instantAt, localDate, weekday } from './local-time.js';

export interface TermDates {
  /** Inclusive local dates of each term, e.g. { start: '2026-09-03', end: '2026-12-18' }. */
  terms: { start: string; end: string }[];
  /** Closure days inside terms (INSET days, snow days…). */
  closures: string[];
}

export type DayKind = 'working' | 'school';

export interface Timescale {
  amount: number;
  unit: 'working-days' | 'school-days' | 'calendar-days';
}

/**
 * Working days are Monday–Friday less England & Wales bank holidays; school
 * days are working days inside the school's terms and not closure days.
 */
export function createWorkingCalendar(timeZone: string, termDates: TermDates, endOfDay = '17:00') {
  const closures = new Set(termDates.closures);
  const isWorkingDay = (date: string) => weekday(date) !== 0 && weekday(date) !== 6 && !isBankHoliday(date);
  const inTerm = (date: string) => termDates.terms.some((t) => t.start <= date && date <= t.end);
  const isSchoolDay = (date: string) => isWorkingDay(date) && inTerm(date) && !closures.has(date);
  const counts = (kind: DayKind) => (kind === 'working' ? isWorkingDay : isSchoolDay);

  /** The local date `n` days of `kind` after the start date (the start itself never counts). */
  function addDaysOf(kind: DayKind, start: string, n: number): string {
    const counted = counts(kind);
    let date = start;
    let left = n;
    // Bounded: a year with no school days at all (no terms configured) must not loop forever.
    for (let guard = 0; left > 0 && guard < 3660; guard++) {
      date = addDays(date, 1);
      if (counted(date)) left--;
    }
    if (left > 0) throw new Error(`No ${kind} days configured after ${start}; check the school's term dates.`);
    return date;
  }

  /** When a timescale that starts at `from` runs out: the end of the school's day on the due date. */
  function dueAt(from: Date, timescale: Timescale): Date {
    const start = localDate(from, timeZone);
    const due =
      timescale.unit === 'calendar-days'
        ? addDays(start, timescale.amount)
        : addDaysOf(timescale.unit === 'working-days' ? 'working' : 'school', start, timescale.amount);
    return instantAt(due, endOfDay, timeZone);
  }

  return { isWorkingDay, isSchoolDay, addDaysOf, dueAt, timeZone };
}

export type WorkingCalendar = ReturnType<typeof createWorkingCalendar>;
