import { describe, expect, it } from 'vitest';
import { dashboardWindows } from '../../src/core/usecases/dashboard-windows.js';

const london = { timeZone: 'Europe/London' };

describe('dashboard windows', () => {
  it('starts the week on Monday, the term and the school year on the English defaults', () => {
    const w = dashboardWindows(new Date('2026-11-27T10:00:00Z'), london); // a Friday
    expect(w.map((x) => [x.key, x.startDate])).toEqual([
      ['week', '2026-11-23'],
      ['term', '2026-09-01'],
      ['year', '2026-09-01'],
    ]);
    expect(w[2]!.label).toContain('2026/27');
  });

  it('uses local midnight (British Summer Time is UTC+1)', () => {
    const w = dashboardWindows(new Date('2026-05-13T12:00:00Z'), london);
    expect(w[0]).toMatchObject({ startDate: '2026-05-11', from: '2026-05-10T23:00:00.000Z' });
    expect(w[1]).toMatchObject({ startDate: '2026-04-01', label: 'This term (Summer term)' });
    expect(w[2]).toMatchObject({ startDate: '2025-09-01', from: '2025-08-31T23:00:00.000Z' });
  });

  it('treats Sunday as the end of the week, and just after midnight on Monday as a new one', () => {
    expect(dashboardWindows(new Date('2026-03-01T12:00:00Z'), london)[0]!.startDate).toBe('2026-02-23');
    expect(dashboardWindows(new Date('2026-03-02T00:05:00Z'), london)[0]!.startDate).toBe('2026-03-02');
  });

  it("uses the school's own term dates when configured", () => {
    const calendar = { terms: [{ start: '2026-09-03', end: '2026-12-18' }, { start: '2027-01-05', end: '2027-03-26' }], closures: [] };
    const w = dashboardWindows(new Date('2027-02-10T12:00:00Z'), { ...london, calendar });
    expect(w[1]).toMatchObject({ key: 'term', startDate: '2027-01-05', label: 'This term' });
  });
});
