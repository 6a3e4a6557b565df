import { addDays, instantAt, localDate, weekday } from '../calendar/local-time.js';
import type { School } from '../model/school.js';

/**
 * The windows the DSL home counts in, in the school's time zone: this week
 * (from Monday), this term and this school year (from 1 September). The term
 * is the school's own when its term dates are configured; otherwise the
 * English default starts: autumn 1 September, spring 1 January, summer 1 April.
 */
const DEFAULT_TERMS = [
  { month: '09', name: 'Autumn term' },
  { month: '04', name: 'Summer term' },
  { month: '01', name: 'Spring term' },
] as const;

export interface DashboardWindow {
  key: 'week' | 'term' | 'year';
  label: string;
  /** Local date the window starts (YYYY-MM-DD). */
  startDate: string;
  /** The same moment as a UTC instant, for comparing with stored times. */
  from: string;
}

export function dashboardWindows(now: Date, school: Pick<School, 'timeZone' | 'calendar'>): DashboardWindow[] {
  const today = localDate(now, school.timeZone);
  const weekStart = addDays(today, -((weekday(today) + 6) % 7));
  const year = Number(today.slice(0, 4));
  const yearFrom = today.slice(5, 7) >= '09' ? year : year - 1;
  const term = termStart(today, school);
  const window = (key: DashboardWindow['key'], label: string, startDate: string): DashboardWindow => ({
    key,
    label,
    startDate,
    from: instantAt(startDate, '00:00', school.timeZone).toISOString(),
  });
  return [
    window('week', 'This week', weekStart),
    window('term', term.name ? `This term (${term.name})` : 'This term', term.start),
    window('year', `This school year (${yearFrom}/${String(yearFrom + 1).slice(2)})`, `${yearFrom}-09-01`),
  ];
}

function termStart(today: string, school: Pick<School, 'calendar'>): { start: string; name: string } {
  const configured = (school.calendar?.terms ?? []).filter((t) => t.start <= today).sort((a, b) => b.start.localeCompare(a.start))[0];
  if (configured) return { start: configured.start, name: '' };
  const month = today.slice(5, 7);
  const term = DEFAULT_TERMS.find((t) => month >= t.month)!;
  return { start: `${today.slice(0, 4)}-${term.month}-01`, name: term.name };
}

/** The school's local date today plus `days` (YYYY-MM-DD). */
export const localDatePlus = (now: Date, timeZone: string, days: number) => addDays(localDate(now, timeZone), days);
