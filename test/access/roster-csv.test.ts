import { describe, expect, it } from 'vitest';
import { parseRosterCsv } from '../../src/core/validation/roster-csv.js';
import { normaliseDate, normaliseYearGroup } from '../../src/core/validation/roster-fields.js';

const TODAY = '2026-11-27';

describe('reading a roster CSV', () => {
  it('accepts MIS-style headers, a single name column, UK dates, a BOM and mixed line endings', () => {
    const csv = '\uFEFFUPN,Pupil name,DOB,NC Year\r\nA123456789012,"Okafor, Amara",01/05/2017,Year 4\n\nB123456789012,Ben Hughes,2018-02-28,Reception\n';
    const r = parseRosterCsv(csv, TODAY);
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([
      { row: 2, upn: 'A123456789012', givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2017-05-01', yearGroup: '4' },
      { row: 4, upn: 'B123456789012', givenName: 'Ben', familyName: 'Hughes', dateOfBirth: '2018-02-28', yearGroup: 'R' },
    ]);
  });

  it('names missing columns on row 1', () => {
    const r = parseRosterCsv('UPN,Forename\nA123456789012,Amara\n', TODAY);
    expect(r.problems).toEqual([{ row: 1, path: '(header)', message: expect.stringMatching(/missing: dateOfBirth, yearGroup, name/) }]);
  });

  it('reports an unclosed quote with its line', () => {
    const r = parseRosterCsv('UPN,Name,DOB,Year\nA123456789012,"Okafor,2017-05-01,4\n', TODAY);
    expect(r.rows).toEqual([]);
    expect(r.problems[0]).toMatchObject({ path: '(file)', message: expect.stringMatching(/not valid CSV/) });
  });

  it('refuses a future or implausible date of birth', () => {
    const r = parseRosterCsv('UPN,Name,DOB,Year\nA123456789012,Ann Able,2027-01-01,4\nA123456789013,Bo Bell,1990-01-01,4\n', TODAY);
    expect(r.problems.map((p) => [p.row, p.path])).toEqual([[2, 'dateOfBirth'], [3, 'dateOfBirth']]);
  });

  it('refuses more than 10,000 pupils at once', () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => `A${String(i).padStart(12, '0')},A B,2018-01-01,3`);
    expect(parseRosterCsv(['UPN,Name,DOB,Year', ...rows].join('\n'), TODAY).problems[0]!.message).toMatch(/at most 10000/);
  });
});

describe('normalising fields', () => {
  it.each([['Reception', 'R'], ['YR', 'R'], ['N2', 'N'], ['Year 5', '5'], ['Y11', '11'], ['06', '6'], ['Year 14', undefined], ['0', undefined], ['', undefined]])(
    'year group %j → %j',
    (input, out) => expect(normaliseYearGroup(input)).toBe(out),
  );
  it.each([['2018-02-28', '2018-02-28'], ['28/02/2018', '2018-02-28'], ['1/9/2018', '2018-09-01'], ['2018-02-30', undefined], ['2018-02-28T00:00:00Z', '2018-02-28'], ['02-28-2018', undefined]])(
    'date %j → %j',
    (input, out) => expect(normaliseDate(input)).toBe(out),
  );
});
