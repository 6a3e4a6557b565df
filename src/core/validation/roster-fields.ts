import type { FieldProblem } from '../errors.js';
import type { RawRosterRow, RosterRow } from '../model/roster.js';
import { rosterFacts } from './roster-facts.js';
import { cleanName, hasLoneSurrogate } from './text.js';

const CONTROL = /[\u0000-\u001F\u007F]/;
/** DfE Unique Pupil Number: a letter, 11 digits, then a digit (permanent) or a letter (temporary). */
const UPN = /^[A-Z][0-9]{11}[0-9A-Z]$/;

export type { RawRosterRow };
export type RowProblem = FieldProblem & { row: number | string };

/** Checks and normalises one pupil's fields; returns the row, or what is wrong with it. */
export function checkRosterRow(raw: RawRosterRow, today: string): { row?: RosterRow; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const fail = (path: string, message: string) => problems.push({ row: raw.row, path, message });
  const upn = (raw.upn ?? '').trim().toUpperCase();
  if (!UPN.test(upn)) fail('upn', 'must be a 13-character UPN: a letter, 11 digits, then a digit or letter');
  const givenName = name(raw.givenName, 'givenName', fail);
  const familyName = name(raw.familyName, 'familyName', fail);
  const dateOfBirth = normaliseDate(raw.dateOfBirth ?? '');
  if (!dateOfBirth) fail('dateOfBirth', 'must be a date, as YYYY-MM-DD or DD/MM/YYYY');
  else if (dateOfBirth >= today || dateOfBirth < `${Number(today.slice(0, 4)) - 25}${today.slice(4)}`) {
    fail('dateOfBirth', 'must be in the past, and within the last 25 years');
  }
  const yearGroup = normaliseYearGroup(raw.yearGroup ?? '');
  if (!yearGroup) fail('yearGroup', 'must be N (nursery), R (reception) or a year from 1 to 13');
  const facts = rosterFacts(raw, fail);
  if (problems.length) return { problems };
  return { row: { row: raw.row, upn, givenName, familyName, dateOfBirth: dateOfBirth!, yearGroup: yearGroup!, ...(facts ? { facts } : {}) }, problems };
}

function name(value: string | undefined, path: string, fail: (path: string, message: string) => void): string {
  const v = cleanName(value ?? '');
  if (!v) fail(path, 'is required');
  else if (v.length > 100) fail(path, 'must be at most 100 characters');
  else if (CONTROL.test(v) || hasLoneSurrogate(v)) fail(path, 'contains control characters or a broken character');
  return v;
}

/** YYYY-MM-DD, DD/MM/YYYY or an ISO date-time (SDS) → YYYY-MM-DD, if it is a real date. */
export function normaliseDate(value: string): string | undefined {
  const v = value.trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(v);
  const [y, m, d] = uk ? [uk[3], uk[2], uk[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y || !m || !d) return undefined;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined;
}

/** "Reception", "YR", "Year 5", "Y5", "05", "Nursery"… → "R", "5", "N". */
export function normaliseYearGroup(value: string): string | undefined {
  const v = value.trim().toUpperCase().replace(/\s+/g, ' ');
  if (['N', 'N1', 'N2', 'NURSERY'].includes(v)) return 'N';
  if (['R', 'YR', 'REC', 'RECEPTION'].includes(v)) return 'R';
  const year = /^(?:YEAR |YEAR|Y)?0?(\d{1,2})$/.exec(v)?.[1];
  const n = Number(year);
  return year && n >= 1 && n <= 13 ? String(n) : undefined;
}

/** Rows that repeat a UPN seen on an earlier row; the earlier row is named. */
export function duplicateUpns(rows: readonly RosterRow[]): RowProblem[] {
  const first = new Map<string, number | string>();
  const problems: RowProblem[] = [];
  for (const r of rows) {
    const seen = first.get(r.upn);
    if (seen === undefined) first.set(r.upn, r.row);
    else problems.push({ row: r.row, path: 'upn', message: `UPN ${r.upn} is also on row ${seen}; each pupil must appear once` });
  }
  return problems;
}
