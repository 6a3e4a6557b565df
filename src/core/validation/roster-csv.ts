import { parse } from 'csv-parse/sync';
import type { RosterRow } from '../model/roster.js';
import { checkRosterRow, duplicateUpns, type RawRosterRow, type RowProblem } from './roster-fields.js';

export const MAX_ROSTER_ROWS = 10_000;

/** Header spellings MIS exports use, after lower-casing and removing everything but letters. */
const HEADERS: Record<string, keyof Omit<RawRosterRow, 'row'> | 'name'> = {
  upn: 'upn', uniquepupilnumber: 'upn',
  forename: 'givenName', firstname: 'givenName', givenname: 'givenName', legalforename: 'givenName', preferredforename: 'givenName',
  surname: 'familyName', lastname: 'familyName', familyname: 'familyName', legalsurname: 'familyName',
  name: 'name', fullname: 'name', pupilname: 'name',
  dateofbirth: 'dateOfBirth', dob: 'dateOfBirth', birthdate: 'dateOfBirth',
  yeargroup: 'yearGroup', year: 'yearGroup', ncyear: 'yearGroup', yearnc: 'yearGroup', nationalcurriculumyear: 'yearGroup',
  senprovision: 'senProvision', senstatus: 'senProvision', sen: 'senProvision',
  pupilpremium: 'pupilPremium', pupilpremiumindicator: 'pupilPremium', ppi: 'pupilPremium',
  lookedafter: 'lookedAfter', incare: 'lookedAfter', cla: 'lookedAfter', lookedafterchild: 'lookedAfter',
  parents: 'parents', parentalresponsibility: 'parents', parentscarers: 'parents',
};

export interface ParsedRoster {
  rows: RosterRow[];
  problems: RowProblem[];
}

/**
 * Reads a roster CSV: a header row (UPN, name — or forename and surname —,
 * date of birth, year group; optionally SEN provision, pupil premium, looked
 * after and parents with parental responsibility) then one pupil per row. Every problem is
 * reported with its row number as a spreadsheet shows it (the header is row 1).
 */
export function parseRosterCsv(text: string, today: string): ParsedRoster {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true, trim: true, record_delimiter: ['\r\n', '\n', '\r'] }) as unknown as typeof records;
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 1;
    return { rows: [], problems: [{ row: line, path: '(file)', message: 'is not valid CSV here (check for an unclosed quote)' }] };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [{ row: 1, path: '(file)', message: 'is empty; the first row must name the columns' }] };
  const columns = header.record.map((h) => HEADERS[h.toLowerCase().replace(/[^a-z]/g, '')]);
  const missing = missingColumns(columns);
  if (missing) return { rows: [], problems: [{ row: header.info.lines, path: '(header)', message: missing }] };
  if (body.length > MAX_ROSTER_ROWS) {
    return { rows: [], problems: [{ row: 1, path: '(file)', message: `has ${body.length} pupils; at most ${MAX_ROSTER_ROWS} can be imported at once` }] };
  }
  return checkRows(body.map(({ record, info }) => ({ values: record, line: info.lines })), columns, today);
}

function missingColumns(columns: (string | undefined)[]): string | undefined {
  const has = (c: string) => columns.includes(c);
  const lacks = ['upn', 'dateOfBirth', 'yearGroup'].filter((c) => !has(c));
  if (!has('name') && !(has('givenName') && has('familyName'))) lacks.push('name (or forename and surname)');
  return lacks.length ? `must name the columns UPN, name (or forename and surname), date of birth and year group; missing: ${lacks.join(', ')}` : undefined;
}

function checkRows(lines: { values: string[]; line: number }[], columns: (string | undefined)[], today: string): ParsedRoster {
  const rows: RosterRow[] = [];
  const problems: RowProblem[] = [];
  for (const { values, line } of lines) {
    if (values.length !== columns.length) {
      problems.push({ row: line, path: '(row)', message: `has ${values.length} values but the header has ${columns.length} (a comma inside a name must be in quotes)` });
      continue;
    }
    const checked = checkRosterRow(toRaw(values, columns, line), today);
    if (checked.row) rows.push(checked.row);
    problems.push(...checked.problems);
  }
  problems.push(...duplicateUpns(rows));
  return { rows, problems: problems.sort((a, b) => Number(a.row) - Number(b.row)) };
}

function toRaw(values: string[], columns: (string | undefined)[], line: number): RawRosterRow {
  const cells: Record<string, string | undefined> = {};
  columns.forEach((c, i) => {
    if (c) cells[c] = values[i];
  });
  const raw: RawRosterRow & { name?: string } = { row: line, ...cells };
  if (raw.name !== undefined && (raw.givenName === undefined || raw.familyName === undefined)) Object.assign(raw, splitName(raw.name));
  return raw;
}

/** "Surname, Forename" (MIS style) or "Forename Surname" (last word is the surname). */
function splitName(name: string): { givenName: string; familyName: string } {
  const comma = name.indexOf(',');
  if (comma !== -1) return { familyName: name.slice(0, comma).trim(), givenName: name.slice(comma + 1).trim() };
  const space = name.trim().lastIndexOf(' ');
  return space === -1 ? { givenName: '', familyName: name.trim() } : { givenName: name.slice(0, space).trim(), familyName: name.slice(space + 1).trim() };
}
