import { z } from 'zod';
import { audit } from '../audit/audit-writer.js';
import { calendarFor } from '../calendar/school-calendar.js';
import { LanternError } from '../errors.js';
import { allow, allowReferral } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import { recordId } from '../validation/text.js';
import type { Deps, RequestContext } from './context.js';
import { referralView } from './referral-view.js';

export const listReferralsQuerySchema = z.strictObject({
  status: z.enum(['open', 'closed', 'overdue', 'due-soon']).optional(),
  agency: z.string().regex(/^[a-z0-9-]{1,40}$/, 'must be an agency id').optional(),
  childId: recordId.optional(),
  concernId: recordId.optional(),
  /** A referral reference, e.g. R-4K7Q2M (any case). */
  ref: z.string().regex(/^R-[A-Z0-9]{2,16}$/i, 'must be a referral reference such as R-4K7Q2M').transform((s) => s.toUpperCase()).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(4096).optional(),
});

/** Referrals for the DSL's panels: overdue (a milestone past due), due soon (within a working day), open, closed. */
export async function listReferrals(deps: Deps, ctx: RequestContext, rawQuery: unknown) {
  const q = parseInput(listReferralsQuerySchema, rawQuery, 'query');
  const facts = { action: 'referral.list', recordType: 'referral', recordId: '*' } as const;
  if (!allow(ctx.actor, 'manageReferrals')) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', 'Only a DSL can see referrals.');
  }
  const now = deps.clock();
  const { status, limit, cursor, ...filter } = q;
  const dueBy = status === 'overdue' ? now : status === 'due-soon' ? dueSoonHorizon(ctx, now) : undefined;
  const page = await deps.store.referrals.query(
    ctx.school.id,
    { ...filter, status: status === 'closed' ? 'closed' : status ? 'open' : undefined, dueBy: dueBy?.toISOString() },
    { limit, cursor },
  );
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  const items = page.items.filter((r) => allowReferral(ctx.actor, 'read', r));
  return { items: items.map((r) => referralView(r, now)), cursor: page.cursor };
}

function dueSoonHorizon(ctx: RequestContext, now: Date): Date {
  const calendar = calendarFor(ctx.school);
  const days = ctx.school.alerts?.dueSoonWorkingDays ?? 1;
  return calendar.dueAt(now, { amount: days, unit: 'working-days' });
}
