import { z } from 'zod';
import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { alertText } from '../model/alert.js';
import { allow } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import { recordId } from '../validation/text.js';
import type { Deps, RequestContext } from './context.js';

export const listAlertsQuerySchema = z.strictObject({
  status: z.enum(['pending', 'delivered']).optional(),
  referralId: recordId.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(4096).optional(),
});

/** The DSL's alerts inbox: referral milestones due soon, overdue and escalated, newest first. */
export async function listAlerts(deps: Deps, ctx: RequestContext, rawQuery: unknown) {
  const q = parseInput(listAlertsQuerySchema, rawQuery, 'query');
  const facts = { action: 'alert.list', recordType: 'alert', recordId: '*' } as const;
  if (!allow(ctx.actor, 'listAlerts')) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', 'Only a DSL can see referral alerts.');
  }
  const { limit, cursor, ...filter } = q;
  // Alerts about concerns about adults are the case managers' alone: a DSL may be the adult concerned.
  const page = await deps.store.alerts.query(ctx.school.id, { ...filter, excludeAudience: 'case-managers' }, { limit, cursor });
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  return {
    items: page.items.map(({ type: _t, ...a }) => ({ ...a, text: alertText(a as never, ctx.school.timeZone) })),
    cursor: page.cursor,
  };
}
