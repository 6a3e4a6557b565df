import { z } from 'zod';
import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { CONCERN_STATUSES } from '../model/concern.js';
import { allow } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import type { Deps, RequestContext } from './context.js';
import { concernView } from './concern-view.js';

export const myConcernsQuerySchema = z.strictObject({
  status: z.enum(CONCERN_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(4096).optional(),
});

/**
 * "My concerns": the ones the caller logged or was alerted to, newest first,
 * whatever their role — a DSL's own list is not the whole school's.
 */
export async function listMyConcerns(deps: Deps, ctx: RequestContext, rawQuery: unknown) {
  const q = parseInput(myConcernsQuerySchema, rawQuery, 'query');
  const facts = { action: 'concern.list.mine', recordType: 'concern', recordId: '*' } as const;
  if (!allow(ctx.actor, 'createConcern')) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', 'Only staff who can log concerns have a list of their own.');
  }
  const page = await deps.store.concerns.query(
    ctx.school.id,
    { scope: { kind: 'some', createdByOid: ctx.actor.oid, alertedOid: ctx.actor.oid, excludeCategories: [...(ctx.actor.restrictedCategories ?? [])] }, status: q.status, order: 'recordedAt-desc' },
    { limit: q.limit, cursor: q.cursor },
  );
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  const readable = page.items.filter((c) => allow(ctx.actor, 'read', c));
  const children = await deps.store.children.getMany(ctx.school.id, readable.flatMap((c) => c.childIds));
  return { items: readable.map((c) => concernView(ctx.actor, c, children)), cursor: page.cursor };
}
