import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarMonths, sarDueAt, sarDueOn } from '../../src/core/model/sar-deadline.js';

describe('subject access deadline: one calendar month, month-end rule', () => {
  it.each([
    ['2026-01-15', '2026-02-15'],
    ['2026-01-31', '2026-02-28'], // no 31 Feb: the last day of February
    ['2028-01-31', '2028-02-29'], // leap year
    ['2026-01-29', '2026-02-28'],
    ['2026-03-31', '2026-04-30'],
    ['2026-08-31', '2026-09-30'],
    ['2026-12-31', '2027-01-31'], // across the year
    ['2026-12-20', '2027-01-20'], // Christmas holidays do not pause it
  ])('received %s → due %s', (received, due) => {
    expect(sarDueOn(received, false)).toBe(due);
  });

  it.each([
    ['2026-01-31', '2026-04-30'], // three months from receipt, not two from the shortened due date
    ['2025-11-30', '2026-02-28'],
    ['2026-02-28', '2026-05-28'],
  ])('extended: received %s → due %s', (received, due) => {
    expect(sarDueOn(received, true)).toBe(due);
  });

  it('passes at midnight school time at the end of the due day, in summer and winter time', () => {
    expect(sarDueAt('2026-02-28', 'Europe/London').toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(sarDueAt('2026-07-15', 'Europe/London').toISOString()).toBe('2026-07-15T23:00:00.000Z');
  });

  it('is never before the same day next month would be, and never past that month', () => {
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 3 }), (d, months) => {
        const due = addCalendarMonths(d, months);
        const monthIndex = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
        expect(monthIndex(due) - monthIndex(d)).toBe(months);
        expect(Number(due.slice(8, 10))).toBeLessThanOrEqual(Number(d.slice(8, 10)));
      }),
    );
  });
});
