import { z } from 'zod';
import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { allow } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import { guid, isoDateTime, recordId } from '../validation/text.js';
import type { Deps, RequestContext } from './context.js';

export const auditQuerySchema = z.strictObject({
  oid: guid.optional(),
  recordId: z.union([recordId, z.literal('*')]).optional(),
  action: z.string().max(64).regex(/^[a-z.A-Z-]+$/, 'is not an audit action name').optional(),
  outcome: z.enum(['success', 'denied', 'failed']).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(4096).optional(),
});

/** The audit trail, newest first. It names people, actions and records, never record content. */
export async function listAuditEvents(deps: Deps, ctx: RequestContext, rawQuery: unknown) {
  const q = parseInput(auditQuerySchema, rawQuery, 'query');
  const facts = { action: 'audit.list', recordType: 'audit', recordId: '*' } as const;
  if (!allow(ctx.actor, 'listAuditEvents')) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', 'Only DSLs and Lantern admins can read the audit trail.');
  }
  const { limit, cursor, ...filter } = q;
  const page = await deps.store.audit.query(ctx.school.id, { ...filter, oid: filter.oid?.toLowerCase() }, { limit, cursor });
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  return {
    items: page.items.map(({ type: _t, ...e }) => e),
    cursor: page.cursor,
  };
}
