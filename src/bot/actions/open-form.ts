import { randomUUID } from 'node:crypto';
import { LanternError } from '../../core/errors.js';
import { allow } from '../../core/policy/index.js';
import type { RequestContext } from '../../core/usecases/context.js';
import type { AdaptiveCard } from '../cards/adaptive.js';
import { concernFormCard } from '../cards/concern-form-card.js';
import type { BotEnv } from '../bot-env.js';
import { emptyFormValues } from '../form/form-values.js';
import { schoolDateTime } from '../form/school-time.js';
import { formOptions } from './form-options.js';

/**
 * A fresh "log concern" form with its own idempotency key, dated today on the school's clock. The time is left
 * empty for the person to enter: a concern typed at 14:49 about 10:15 must not be recorded at 14:49.
 */
export async function newConcernForm(env: BotEnv, ctx: RequestContext): Promise<AdaptiveCard> {
  if (!allow(ctx.actor, 'createConcern')) {
    throw new LanternError('forbidden', 'You are not allowed to log concerns in this school. Ask your Lantern admin.');
  }
  const options = await formOptions(env, ctx);
  const now = schoolDateTime(env.deps.clock(), ctx.school.timeZone);
  return concernFormCard({ formKey: randomUUID(), schoolId: ctx.school.id, ...options, values: emptyFormValues(now.date, '') });
}
