import type { Activity } from 'botbuilder';
import { completeAction } from '../../core/actions/complete-action.js';
import type { AdaptiveCard } from '../cards/adaptive.js';
import { ACTION_NOTE_INPUT, actionDoneCard } from '../cards/action-cards.js';
import type { BotEnv } from '../bot-env.js';
import { contextForTurn } from '../turn-actor.js';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * "Mark done" on an action card: the same completeAction use case as the API
 * (only the assignee or a DSL; audited). Pressing it twice records one completion.
 */
export async function completeActionFromCard(env: BotEnv, activity: Partial<Activity>, data: Record<string, unknown>): Promise<AdaptiveCard> {
  const ctx = await contextForTurn(env, activity, text(data.schoolId) || undefined);
  const concernId = text(data.concernId);
  const r = await completeAction(env.deps, ctx, concernId, text(data.actionId), { note: text(data[ACTION_NOTE_INPUT]) });
  return actionDoneCard(r.concern.ref, env.links.concern(concernId));
}
