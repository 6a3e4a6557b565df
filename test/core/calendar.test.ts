import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../src/core/calendar/local-time.js';
import { createWorkingCalendar } from '../../src/core/calendar/working-calendar.js';
import { demoSchool } from '../../src/local/demo-school.js';

const LONDON = 'Europe/London';
const school = demoSchool();
const cal = createWorkingCalendar(LONDON, school.calendar!);
const wd = (amount: number) => ({ amount, unit: 'working-days' as const });
const due = (from: string, amount: number, unit: 'working-days' | 'school-days' = 'working-days') =>
  cal.dueAt(new Date(from), { amount, unit }).toISOString();

describe('working days (England & Wales)', () => {
  it.each([
    ['a Thursday referral is due at 17:00 on Friday', '2026-11-26T10:00:00Z', 1, '2026-11-27T17:00:00.000Z'],
    ['a Friday referral skips the weekend', '2026-11-27T10:00:00Z', 1, '2026-11-30T17:00:00.000Z'],
    ['Christmas 2026: Christmas Day, Boxing Day (Sat) and its Monday substitute are skipped', '2026-12-24T10:00:00Z', 1, '2026-12-29T17:00:00.000Z'],
    ['New Year 2027 is skipped', '2026-12-31T10:00:00Z', 1, '2027-01-04T17:00:00.000Z'],
    ['Easter 2026: Good Friday and Easter Monday are skipped', '2026-04-02T10:00:00Z', 1, '2026-04-07T16:00:00.000Z'],
    ['Easter 2027, after the clocks go forward: 17:00 BST', '2027-03-25T10:00:00Z', 1, '2027-03-30T16:00:00.000Z'],
    ['Christmas 2027: both substitute days (27, 28 Dec) are skipped', '2027-12-24T10:00:00Z', 1, '2027-12-29T17:00:00.000Z'],
    ['clocks go back (25 Oct 2026): due Monday 17:00 GMT', '2026-10-23T10:00:00Z', 1, '2026-10-26T17:00:00.000Z'],
    ['clocks go forward (29 Mar 2026): due Monday 17:00 BST', '2026-03-27T10:00:00Z', 1, '2026-03-30T16:00:00.000Z'],
    ['a Saturday referral is due on Monday', '2026-11-28T10:00:00Z', 1, '2026-11-30T17:00:00.000Z'],
    // 27 Nov … 24 Dec is 20 days; 29–31 Dec 3 more; then January from the 4th: the 45th is Tue 2 Feb.
    ['45 working days across Christmas', '2026-11-26T10:00:00Z', 45, '2027-02-02T17:00:00.000Z'],
  ])('%s', (_name, from, n, expected) => {
    expect(due(from, n)).toBe(expected);
  });

  it('an evening referral in BST counts from its London date, not its UTC date', () => {
    // 23:30 on Thursday 1 Oct 2026 in London is 22:30 UTC on the same day; 00:30 on Friday London is Thursday in UTC.
    expect(due('2026-10-01T23:30:00Z', 1)).toBe('2026-10-05T16:00:00.000Z');
  });
});

describe('school days (terms and closures)', () => {
  it('skip the Christmas holiday between terms and the INSET day', () => {
    // Term ends Fri 18 Dec; 4 Jan 2027 is an INSET closure; spring term teaching starts 5 Jan.
    expect(due('2026-12-17T10:00:00Z', 5, 'school-days')).toBe('2027-01-08T17:00:00.000Z');
  });

  it('skip half term', () => {
    expect(due('2026-10-22T10:00:00Z', 2, 'school-days')).toBe('2026-11-02T17:00:00.000Z');
  });

  it('refuse to count when no terms are configured, rather than looping', () => {
    const none = createWorkingCalendar(LONDON, { terms: [], closures: [] });
    expect(() => none.dueAt(new Date('2026-11-26T10:00:00Z'), { amount: 1, unit: 'school-days' })).toThrow(/term dates/);
  });
});

describe('properties', () => {
  const instants = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-20T00:00:00Z'), noInvalidDate: true });
  const amounts = fc.integer({ min: 1, max: 60 });

  it('a working-day deadline never falls on a weekend or bank holiday, and is at 17:00 London time', () => {
    fc.assert(
      fc.property(instants, amounts, (from, n) => {
        const at = cal.dueAt(from, wd(n));
        const date = localDate(at, LONDON);
        expect(cal.isWorkingDay(date)).toBe(true);
        expect(new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at)).toBe('17:00');
      }),
      { numRuns: 300 },
    );
  });

  it('is monotonic in its start: a later start never gives an earlier deadline', () => {
    fc.assert(
      fc.property(instants, instants, amounts, (a, b, n) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(cal.dueAt(early, wd(n)).getTime()).toBeLessThanOrEqual(cal.dueAt(late, wd(n)).getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('a school-day deadline always falls on a school day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2026-09-01T00:00:00Z'), max: new Date('2027-06-01T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 1, max: 20 }), (from, n) => {
        expect(cal.isSchoolDay(localDate(cal.dueAt(from, { amount: n, unit: 'school-days' }), LONDON))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
