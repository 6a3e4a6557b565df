import type { Activity } from 'botbuilder';
import { LanternError } from '../../core/errors.js';
import type { RequestContext } from '../../core/usecases/context.js';
import { createConcern } from '../../core/usecases/create-concern.js';
import { concernView } from '../../core/usecases/concern-view.js';
import { canWithdrawAlert } from '../../core/policy/alert-policy.js';
import type { AdaptiveCard } from '../cards/adaptive.js';
import { concernFormCard } from '../cards/concern-form-card.js';
import { confirmationCard } from '../cards/confirmation-card.js';
import type { BotEnv } from '../bot-env.js';
import { cardMessage } from '../error-messages.js';
import { problemsByInput } from '../form/form-problems.js';
import { readFormValues, toConcernInput, type FormValues, type SlotMap } from '../form/form-values.js';
import { instantOf } from '../form/school-time.js';
import { announceConcern } from '../notify/concern-notices.js';
import { contextForTurn } from '../turn-actor.js';
import { categoryNames } from './concern-read.js';
import { colleaguesOf, formOptions, lastFormOptions, type FormOptions } from './form-options.js';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * The form's Action.Execute: the same createConcern use case as the API, with
 * the card's own key as the Idempotency-Key. Success replaces the form with a
 * confirmation; any failure returns the form with everything typed kept.
 */
export async function submitConcern(env: BotEnv, activity: Partial<Activity>, data: Record<string, unknown>): Promise<AdaptiveCard> {
  const formKey = text(data.formKey);
  const schoolId = text(data.schoolId) || undefined;
  const values = readFormValues(data);
  let ctx: RequestContext | undefined;
  let slots: SlotMap = [];
  let peopleSlots: SlotMap = [];
  try {
    ctx = await contextForTurn(env, activity, schoolId);
    const input = toConcernInput(values, instantOf(values.date, values.time, ctx.school.timeZone), await colleaguesOf(env, ctx));
    slots = input.slots;
    peopleSlots = input.peopleSlots;
    const saved = await createConcern(env.deps, ctx, input.body, formKey);
    const school = ctx.school;
    env.tasks.run('announce concern', () => announceConcern(env, school, saved.concern));
    return confirmationCard({
      concern: concernView(ctx.actor, saved.concern),
      etag: saved.etag,
      categoryNames: categoryNames(school, saved.concern.categories),
      timeZone: school.timeZone,
      openInLantern: env.links.concern(saved.concern.id),
      canWithdraw: canWithdrawAlert(ctx.actor, saved.concern),
    });
  } catch (e) {
    return formAfterFailure(env, { ctx, formKey, schoolId: schoolId ?? '', values, slots, peopleSlots }, e);
  }
}

interface Attempt {
  ctx: RequestContext | undefined;
  formKey: string;
  schoolId: string;
  values: FormValues;
  slots: SlotMap;
  peopleSlots: SlotMap;
}

async function formAfterFailure(env: BotEnv, a: Attempt, err: unknown): Promise<AdaptiveCard> {
  const { code, message } = cardMessage(err);
  if (code === 'internal' || code === 'store_unavailable' || code === 'audit_unavailable') {
    env.log.log('error', 'bot submit failed', { code, error: err instanceof Error && !(err instanceof LanternError) ? err.stack : undefined });
  }
  const problems = err instanceof LanternError && code === 'validation_failed' ? problemsByInput(err.problems, a.values, a.slots, a.peopleSlots) : {};
  const notice = `Your concern was NOT saved. ${code === 'validation_failed' ? 'Please fix the answers marked below.' : message}`;
  const options = await optionsForRetry(env, a);
  return concernFormCard({ formKey: a.formKey, schoolId: a.ctx?.school.id ?? a.schoolId, ...options, values: a.values, problems, notice });
}

/** Rebuild the form's lists if the store answers; otherwise the lists last shown, or just what was chosen. */
async function optionsForRetry(env: BotEnv, a: Attempt): Promise<FormOptions> {
  if (a.ctx) {
    const cached = lastFormOptions(a.ctx.school.id, a.ctx.actor.oid);
    try {
      return await formOptions(env, a.ctx);
    } catch {
      if (cached) return cached;
    }
  }
  return {
    children: a.values.children.filter((c) => c.childId).map((c) => ({ id: c.childId, name: c.childId, yearGroup: '?' })),
    categories: a.values.categories.map((id) => ({ id, name: id })),
    colleagues: [],
  };
}
