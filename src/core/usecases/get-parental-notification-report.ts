import { z } from 'zod';
import { audit } from '../audit/audit-writer.js';
import { childDisplayName } from '../model/child.js';
import { CONCERN_STATUSES, type Concern } from '../model/concern.js';
import type { ParentalReportItem } from '../model/parental.js';
import { parseInput } from '../validation/parse.js';
import { isoDateTime } from '../validation/text.js';
import type { Deps, RequestContext } from './context.js';
import { requireRecordsAbility } from './records-guard.js';

export const parentalReportQuerySchema = z.strictObject({
  status: z.enum(CONCERN_STATUSES).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(4096).optional(),
});

const FACTS = { action: 'report.parental-notification', recordType: 'concern', recordId: '*' } as const;

/** Concerns where parents/carers were not informed, and why, newest first. DSLs only. */
export async function getParentalNotificationReport(deps: Deps, ctx: RequestContext, rawQuery: unknown) {
  const q = parseInput(parentalReportQuerySchema, rawQuery, 'query');
  await requireRecordsAbility(deps, ctx, 'readParentalReport', FACTS, 'Only a DSL can see the parental-notification report.');
  const page = await deps.store.concerns.query(
    ctx.school.id,
    { scope: { kind: 'all' }, parentsNotInformed: true, status: q.status, occurredFrom: q.from, occurredTo: q.to, order: 'recordedAt-desc' },
    { limit: q.limit, cursor: q.cursor },
  );
  await audit(deps, ctx, { ...FACTS, outcome: 'success' });
  const notInformed = page.items.filter((c) => c.schoolId === ctx.school.id && !c.parentsInformed.informed);
  const ids = [...new Set(notInformed.flatMap((c) => c.childIds))];
  const names = new Map((await deps.store.children.getMany(ctx.school.id, ids)).map((ch) => [ch.id, childDisplayName(ch)]));
  return { items: notInformed.map((c) => reportItem(c, names)), cursor: page.cursor };
}

function reportItem(c: Concern, names: Map<string, string>): ParentalReportItem {
  const p = c.parentsInformed;
  return {
    concernId: c.id,
    ref: c.ref,
    status: c.status,
    recordedAt: c.recordedAt,
    occurredAt: c.occurredAt,
    categories: c.categories,
    children: c.childIds.map((childId) => ({ childId, name: names.get(childId) ?? 'Unknown child' })),
    reason: p.reason ?? '',
    ...(p.decidedBy ? { decidedBy: p.decidedBy, decidedAt: p.decidedAt } : {}),
  };
}
