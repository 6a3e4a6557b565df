import type { School } from '../../core/model/school.js';
import { canWithdrawAlert } from '../../core/policy/alert-policy.js';
import type { RequestContext } from '../../core/usecases/context.js';
import { getConcern } from '../../core/usecases/get-concern.js';
import type { AdaptiveCard } from '../cards/adaptive.js';
import { detailsCard, type DetailsModel } from '../cards/details-card.js';
import type { CardView } from '../cards/proactive-cards.js';
import type { BotEnv } from '../bot-env.js';

export const categoryNames = (school: School, ids: readonly string[]) =>
  ids.map((id) => school.categories.find((c) => c.id === id)?.name ?? id);

/** The details card for one person: read through getConcern, so the policy decides and the read is audited. */
export async function detailsFor(
  env: BotEnv,
  ctx: RequestContext,
  concernId: string,
  view: CardView,
  extra: Pick<DetailsModel, 'notice' | 'triage'> = {},
): Promise<AdaptiveCard> {
  const { concern, etag } = await getConcern(env.deps, ctx, concernId);
  return detailsCard({
    concern,
    etag,
    view,
    categoryNames: categoryNames(ctx.school, concern.categories),
    timeZone: ctx.school.timeZone,
    openInLantern: env.links.concern(concern.id),
    canWithdraw: canWithdrawAlert(ctx.actor, concern),
    ...extra,
  });
}
