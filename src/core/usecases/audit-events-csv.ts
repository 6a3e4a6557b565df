import type { AuditRow } from './audit-row.js';
import { csvCell } from './access-report-csv.js';

const HEADER = ['Time (UTC)', 'Person (object id)', 'Tenant', 'Action', 'Record type', 'Record id', 'Outcome', 'Correlation id', 'Event id', 'Chain position', 'Hash'];

/** Audit rows as CSV (RFC 4180) for an auditor; every cell is defused against spreadsheet formulas. */
export function auditEventsCsv(rows: readonly AuditRow[]): string {
  const lines = rows.map((r) => [
    r.at, r.oid, r.tid, r.action, r.recordType, r.recordId, r.outcome, r.correlationId, r.id, r.chain ? String(r.chain.seq) : '', r.hash,
  ]);
  return [HEADER, ...lines].map((cells) => cells.map((c) => csvCell(String(c ?? ''))).join(',')).join('\r\n') + '\r\n';
}
