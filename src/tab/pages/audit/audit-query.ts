import { query } from '../../api/client.js';
import { schoolInstant } from '../../format/dates.js';
import type { AuditFilter } from './audit-types.js';

const nextDate = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** The API query for a filter: whole school days, from the start of `from` to the end of `to`, on the school's clock. */
export function auditQuery(filter: AuditFilter, timeZone: string, extra: Record<string, string | number> = {}): string {
  const endExclusive = filter.to ? schoolInstant(nextDate(filter.to), '00:00', timeZone) : undefined;
  return query({
    oid: filter.oid.trim() || undefined,
    childId: filter.childId || undefined,
    recordId: filter.recordId.trim() || undefined,
    action: filter.action.trim() || undefined,
    outcome: filter.outcome || undefined,
    from: filter.from ? (schoolInstant(filter.from, '00:00', timeZone) ?? filter.from) : undefined,
    to: endExclusive ? new Date(Date.parse(endExclusive) - 1).toISOString() : filter.to || undefined,
    ...extra,
  });
}
