import { z } from 'zod';
import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import type { Concern, ConcernAction } from '../model/concern.js';
import { allow } from '../policy/index.js';
import { localDate } from '../calendar/local-time.js';
import { parseInput } from '../validation/parse.js';
import type { Deps, RequestContext } from '../usecases/context.js';

export const myActionsQuerySchema = z.strictObject({
  state: z.enum(['open', 'done']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(4096).optional(),
});

export interface MyAction {
  concernId: string;
  concernRef: string;
  concernStatus: Concern['status'];
  action: Omit<ConcernAction, 'history' | 'cycle'>;
  overdue: boolean;
}

/**
 * "My actions": the actions given to the caller (not withdrawn), open ones
 * first by due date. Names no child: it is read in Teams as well as the tab,
 * and the concern's own page shows the rest to those who may read it.
 */
export async function listMyActions(deps: Deps, ctx: RequestContext, rawQuery: unknown) {
  const today = localDate(deps.clock(), ctx.school.timeZone);
  const q = parseInput(myActionsQuerySchema, rawQuery, 'query');
  const facts = { action: 'concern.list.myActions', recordType: 'concern', recordId: '*' } as const;
  if (!allow(ctx.actor, 'createConcern')) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', 'Only staff can be given actions.');
  }
  const page = await deps.store.concerns.query(
    ctx.school.id, { scope: { kind: 'some', assigneeOid: ctx.actor.oid }, order: 'recordedAt-desc' }, { limit: q.limit, cursor: q.cursor },
  );
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  const items = page.items.filter((c) => allow(ctx.actor, 'read', c)).flatMap((c) => mine(c, ctx.actor.oid, today));
  const wanted = items.filter((i) => !q.state || (q.state === 'done') === i.action.done);
  wanted.sort((a, b) => Number(a.action.done) - Number(b.action.done) || a.action.dueDate.localeCompare(b.action.dueDate));
  return { items: wanted, cursor: page.cursor };
}

function mine(c: Concern, oid: string, today: string): MyAction[] {
  return c.actions
    .filter((a) => !a.withdrawnAt && a.assignee.oid.toLowerCase() === oid)
    .map(({ history: _h, cycle: _c, ...action }) => ({
      concernId: c.id, concernRef: c.ref, concernStatus: c.status, action, overdue: !action.done && action.dueDate < today,
    }));
}
