import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { createAdultConcern } from '../../core/adults/create-adult-concern.js';
import { LanternError } from '../../core/errors.js';
import { allowAdultConcerns } from '../../core/policy/index.js';
import type { RequestContext } from '../../core/usecases/context.js';
import type { AdaptiveCard } from '../cards/adaptive.js';
import { staffConcernFormCard, staffConcernSentCard, type StaffConcernValues } from '../cards/staff-concern-card.js';
import type { BotEnv } from '../bot-env.js';
import { cardMessage } from '../error-messages.js';
import { instantOf, schoolDateTime } from '../form/school-time.js';
import { contextForTurn } from '../turn-actor.js';
import { colleaguesOf } from './form-options.js';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** A fresh "log staff concern" form with its own idempotency key. */
export async function newStaffConcernForm(env: BotEnv, ctx: RequestContext): Promise<AdaptiveCard> {
  if (!allowAdultConcerns(ctx.actor, 'create', ctx.school.adultConcerns)) {
    throw new LanternError('forbidden', 'Only members of staff can raise a concern about an adult here.');
  }
  const now = schoolDateTime(env.deps.clock(), ctx.school.timeZone);
  const values: StaffConcernValues = { kind: 'low-level', who: '', name: '', organisation: '', account: '', date: now.date, time: now.time };
  return staffConcernFormCard({ formKey: randomUUID(), schoolId: ctx.school.id, colleagues: await colleaguesOf(env, ctx), values });
}

/** The card's values as the API's body; the use case validates everything. */
export function toAdultConcernBody(v: StaffConcernValues, occurredAt: string | undefined): Record<string, unknown> {
  const body: Record<string, unknown> = { kind: v.kind, account: v.account, occurredAt: occurredAt ?? '' };
  if (v.who === 'self') body.selfReport = true;
  else if (v.who.startsWith('staff:')) body.subject = { kind: 'staff', oid: v.who.slice('staff:'.length) };
  else if (v.who) body.subject = { kind: v.who, name: v.name, organisation: v.organisation };
  return body;
}

/** The same createAdultConcern use case as the API, with the card's key as the Idempotency-Key. */
export async function submitStaffConcern(env: BotEnv, activity: Partial<Activity>, data: Record<string, unknown>): Promise<AdaptiveCard> {
  const formKey = text(data.formKey);
  const schoolId = text(data.schoolId) || undefined;
  const values: StaffConcernValues = {
    kind: text(data.kind), who: text(data.who), name: text(data.name), organisation: text(data.organisation),
    account: text(data.account), date: text(data.date), time: text(data.time),
  };
  let ctx: RequestContext | undefined;
  try {
    ctx = await contextForTurn(env, activity, schoolId);
    const saved = await createAdultConcern(env.deps, ctx, toAdultConcernBody(values, instantOf(values.date, values.time, ctx.school.timeZone)), formKey);
    return staffConcernSentCard((saved.body as { ref: string }).ref);
  } catch (e) {
    const { code, message } = cardMessage(e);
    if (code === 'internal') env.log.log('error', 'staff concern submit failed', { error: e instanceof Error ? e.stack : String(e) });
    const notice = `Your concern was NOT sent. ${message}`;
    const colleagues = ctx ? await colleaguesOf(env, ctx).catch(() => []) : [];
    return staffConcernFormCard({ formKey, schoolId: ctx?.school.id ?? schoolId ?? '', colleagues, values, notice });
  }
}
