import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive.js';
import { OPEN_FORM_VERB, chooseSchoolCard, noticeCard, personalChatCard } from '../cards/notice-cards.js';
import { SUBMIT_VERB } from '../cards/concern-form-card.js';
import { VERBS } from '../cards/proactive-cards.js';
import { REFERRAL_VERBS } from '../cards/referral-cards.js';
import type { BotEnv } from '../bot-env.js';
import { cardMessage } from '../error-messages.js';
import { SchoolChoiceNeeded, contextForTurn } from '../turn-actor.js';
import { hideConcern, showConcern, triageConcern, withdrawAlertAction } from './concern-actions.js';
import { newConcernForm } from './open-form.js';
import { logChase, openChaseForm } from './referral-actions.js';
import { submitConcern } from './submit-concern.js';
import { submitStaffConcern } from './staff-concern-actions.js';
import { STAFF_CONCERN_SUBMIT_VERB } from '../cards/staff-concern-card.js';
import { completeActionFromCard } from './action-actions.js';
import { ACTION_VERBS } from '../cards/action-cards.js';

type Handler = (env: BotEnv, activity: TurnContext['activity'], data: Record<string, unknown>) => Promise<AdaptiveCard>;

const openForm: Handler = async (env, activity, data) =>
  newConcernForm(env, await contextForTurn(env, activity, typeof data.schoolId === 'string' ? data.schoolId : undefined));

/** Action.Execute verbs. Every one answers with a card for the person who pressed the button. */
const HANDLERS: Record<string, Handler> = {
  [OPEN_FORM_VERB]: openForm,
  [SUBMIT_VERB]: submitConcern,
  [STAFF_CONCERN_SUBMIT_VERB]: submitStaffConcern,
  [VERBS.show]: showConcern,
  [VERBS.hide]: hideConcern,
  [VERBS.triage]: triageConcern,
  [VERBS.withdraw]: withdrawAlertAction,
  [REFERRAL_VERBS.openChase]: openChaseForm,
  [REFERRAL_VERBS.logChase]: logChase,
  [ACTION_VERBS.done]: completeActionFromCard,
};

const cardResponse = (value: AdaptiveCard): AdaptiveCardInvokeResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.card.adaptive',
  value: value as unknown as AdaptiveCardInvokeResponse['value'],
});

/** Universal Actions (adaptiveCard/action). Outside a personal chat nothing is shown or changed. */
export async function handleCardAction(env: BotEnv, turn: TurnContext, invoke: AdaptiveCardInvokeValue) {
  if (turn.activity.conversation?.conversationType !== 'personal') return cardResponse(personalChatCard(env.links.personalChat()));
  // Own keys only: a verb such as "constructor" or "toString" must not find Object.prototype's.
  const verb = invoke.action?.verb ?? '';
  const handler = Object.hasOwn(HANDLERS, verb) ? HANDLERS[verb] : undefined;
  if (!handler) return cardResponse(noticeCard('Lantern', 'This card is from an older version of Lantern. Type "log concern" to start again.'));
  const data = (invoke.action.data ?? {}) as Record<string, unknown>;
  try {
    const card = await handler(env, turn.activity, data);
    return cardResponse(card);
  } catch (e) {
    if (e instanceof SchoolChoiceNeeded) return cardResponse(chooseSchoolCard(e.schools));
    const { code, message } = cardMessage(e);
    if (code === 'internal') env.log.log('error', 'card action failed', { verb: invoke.action.verb, error: e instanceof Error ? e.stack : String(e) });
    return cardResponse(noticeCard('Lantern', message, [], 'problem'));
  }
}
