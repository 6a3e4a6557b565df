import Holidays from 'date-holidays';

// England and Wales share their bank holidays; date-holidays keeps the list (substitute days included).
const england = new Holidays('GB', 'ENG');
const byYear = new Map<number, Set<string>>();

/** Bank holidays of England and Wales in one year, as local dates. */
export function bankHolidays(year: number): Set<string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Set(england.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    byYear.set(year, days);
  }
  return days;
}

export const isBankHoliday = (date: string) => bankHolidays(Number(date.slice(0, 4))).has(date);
