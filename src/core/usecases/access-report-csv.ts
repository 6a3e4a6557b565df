import { ROUTE_NAMES } from '../model/access-routes.js';
import type { AccessReport } from './get-access-report.js';

const HEADER = ['Name', 'Sign-in name', 'Object id', 'Guest', 'Roles', 'Reads categories', 'Through groups', 'What they can see'];

/** The access report as CSV (RFC 4180), one row per person, safe to open in a spreadsheet. */
export function accessReportCsv(report: AccessReport, timeZone = 'Europe/London'): string {
  const rows = report.people.map((p) => [
    p.name,
    p.principalName ?? '',
    p.oid,
    p.guest ? 'yes' : 'no',
    p.roles.join('; '),
    p.readableCategories.join('; '),
    p.routes.map((r) => `${r.groupName ?? r.groupId} (${r.label ?? ROUTE_NAMES[r.kind]})`).join('; '),
    p.sees.join('; '),
  ]);
  const pending = report.pending.length ? [[], PENDING_HEADER, ...report.pending.map((p) => [p.summary.join('; '), p.requestedBy.name, when(p.requestedAt, timeZone), when(p.expiresAt, timeZone)])] : [];
  return [HEADER, ...rows, ...pending].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** After the people, the changes that would widen access once a second DSL approves them (none applies yet). */
const PENDING_HEADER = ['Access change waiting for a second DSL (not applied yet)', 'Asked by', 'Asked on', 'Lapses on'];

const when = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

/**
 * Quotes a cell when needed, and defuses spreadsheet formulas: a cell that
 * starts with = + - @ (or a tab / carriage return) is prefixed with an apostrophe.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
