import { ROUTE_NAMES } from '../model/access-routes.js';
import type { AccessReport } from './get-access-report.js';

const HEADER = ['Name', 'Sign-in name', 'Object id', 'Guest', 'Roles', 'Reads categories', 'Through groups', 'What they can see'];

/** The access report as CSV (RFC 4180), one row per person, safe to open in a spreadsheet. */
export function accessReportCsv(report: AccessReport): string {
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
  return [HEADER, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Quotes a cell when needed, and defuses spreadsheet formulas: a cell that
 * starts with = + - @ (or a tab / carriage return) is prefixed with an apostrophe.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
