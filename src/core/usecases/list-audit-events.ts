import { z } from 'zod';
import { audit } from '../audit/audit-writer.js';
import { parseInput } from '../validation/parse.js';
import { auditFilterShape, requireAudit, toAuditQuery } from './audit-filter.js';
import { allowAudit } from '../policy/index.js';
import { auditChildNames, auditPeople } from './audit-names.js';
import { auditRow } from './audit-row.js';
import type { Deps, RequestContext } from './context.js';

export const auditQuerySchema = z.strictObject({
  ...auditFilterShape,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(4096).optional(),
});

/**
 * The audit trail, newest first: reads, changes and refusals alike. It names
 * people, actions and records, never record content; only DSLs can filter by
 * child or see which child a row is about. Rows carry the person's name and
 * the record's short reference so the tab can say what happened in words.
 */
export async function listAuditEvents(deps: Deps, ctx: RequestContext, rawQuery: unknown) {
  const q = parseInput(auditQuerySchema, rawQuery, 'query');
  const facts = { action: 'audit.list', recordType: 'audit', recordId: '*' } as const;
  await requireAudit(deps, ctx, 'readTrail', facts, 'Only DSLs and Lantern admins can read the audit trail.');
  const { limit, cursor, ...filter } = q;
  const query = await toAuditQuery(deps, ctx, filter, facts);
  const page = await deps.store.audit.query(ctx.school.id, query, { limit, cursor });
  const [people, children] = await Promise.all([
    auditPeople(deps, ctx),
    allowAudit(ctx.actor, 'seeChildLinks') ? auditChildNames(deps, ctx, page.items) : new Map<string, string>(),
  ]);
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  const names = { people: new Map(people.map((p) => [p.oid, p.name])), children };
  // `people`: everyone the trail can be filtered by, by name (the person filter).
  return { items: page.items.map((e) => auditRow(e, ctx.actor, names)), cursor: page.cursor, people };
}
