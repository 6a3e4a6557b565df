import { z } from 'zod';
import { audit } from '../audit/audit-writer.js';
import { invalid } from '../errors.js';
import { parseInput } from '../validation/parse.js';
import { auditEventsCsv } from './audit-events-csv.js';
import { auditFilterShape, requireAudit, toAuditQuery } from './audit-filter.js';
import { auditRow, type AuditRow } from './audit-row.js';
import type { Deps, RequestContext } from './context.js';

export const auditExportQuerySchema = z.strictObject(auditFilterShape);

/** Rows one export may hold; a wider selection is refused with a hint to narrow the dates. */
export const MAX_EXPORT_ROWS = 50_000;
const PAGE = 1000;

/**
 * The audit trail, filtered as on the list, as one CSV file for an auditor
 * (newest first). The export is itself audited. Same rules as the list:
 * admins get no child links.
 */
export async function exportAuditEvents(deps: Deps, ctx: RequestContext, rawQuery: unknown) {
  const filter = parseInput(auditExportQuerySchema, rawQuery, 'query');
  const facts = { action: 'audit.export', recordType: 'audit', recordId: '*' } as const;
  await requireAudit(deps, ctx, 'exportTrail', facts, 'Only DSLs and Lantern admins can export the audit trail.');
  const query = await toAuditQuery(deps, ctx, filter, facts);
  const rows: AuditRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.store.audit.query(ctx.school.id, query, { limit: PAGE, cursor });
    rows.push(...page.items.map((e) => auditRow(e, ctx.actor)));
    if (rows.length > MAX_EXPORT_ROWS) {
      throw invalid(`More than ${MAX_EXPORT_ROWS} audit events match. Narrow the dates (from, to) and export in parts.`);
    }
    cursor = page.cursor;
  } while (cursor);
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  const stamp = deps.clock().toISOString().slice(0, 10);
  return { fileName: `lantern-audit-${ctx.school.id}-${stamp}.csv`, contentType: 'text/csv; charset=utf-8', csv: auditEventsCsv(rows) };
}
