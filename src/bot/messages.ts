import { CardFactory, type TurnContext } from 'botbuilder';
import { chatPreferencesId, type TriageNotice } from '../core/model/chat.js';
import { hasRole } from '../core/model/actor.js';
import type { RequestContext } from '../core/usecases/context.js';
import { listConcerns } from '../core/usecases/list-concerns.js';
import { newConcernForm } from './actions/open-form.js';
import { newStaffConcernForm } from './actions/staff-concern-actions.js';
import type { AdaptiveCard } from './cards/adaptive.js';
import { myConcernsCard } from './cards/my-concerns-card.js';
import { myActionsCard } from './cards/action-cards.js';
import { listMyActions } from '../core/actions/list-my-actions.js';
import { chooseSchoolCard, helpCard, noticeCard, personalChatCard } from './cards/notice-cards.js';
import type { BotEnv } from './bot-env.js';
import { parseCommand } from './commands.js';
import { cardMessage } from './error-messages.js';
import type { AddressBook } from './notify/addresses.js';
import { digestTimeIn } from './notify/digest-time.js';
import { SchoolChoiceNeeded, contextForTurn } from './turn-actor.js';

const send = (turn: TurnContext, card: AdaptiveCard) => turn.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });

/** A typed message. In a group chat or channel Lantern only offers a personal chat. */
export async function handleMessage(env: BotEnv, book: AddressBook, turn: TurnContext): Promise<void> {
  if (turn.activity.conversation?.conversationType !== 'personal') {
    await send(turn, personalChatCard(env.links.personalChat()));
    return;
  }
  try {
    const ctx = await contextForTurn(env, turn.activity);
    await book.rememberSender(ctx, turn.activity);
    await send(turn, await answer(env, ctx, parseCommand(turn.activity.text), turn.activity.text));
  } catch (e) {
    if (e instanceof SchoolChoiceNeeded) return void (await send(turn, chooseSchoolCard(e.schools)));
    const { code, message } = cardMessage(e);
    if (code === 'internal') env.log.log('error', 'bot message failed', { error: e instanceof Error ? e.stack : String(e) });
    await send(turn, noticeCard('Lantern', message, [], 'problem'));
  }
}

async function answer(env: BotEnv, ctx: RequestContext, command: ReturnType<typeof parseCommand>, text?: string): Promise<AdaptiveCard> {
  const isDsl = hasRole(ctx.actor, 'dsl');
  if (command === 'logConcern') return newConcernForm(env, ctx);
  if (command === 'logStaffConcern') return newStaffConcernForm(env, ctx);
  if (command === 'myConcerns') return myConcerns(env, ctx);
  if (command === 'myActions') return myActions(env, ctx);
  if (command === 'notifyEach' && isDsl) return setTriageNotice(env, ctx, 'each');
  if (command === 'notifyDigest' && isDsl) {
    const chosen = digestTimeIn(text);
    if ('problem' in chosen) return noticeCard('Notifications not changed', chosen.problem, [], 'problem');
    return setTriageNotice(env, ctx, 'digest', chosen.time);
  }
  return helpCard(isDsl);
}

/** The newest concerns this person may read, through listConcerns (policy-scoped and audited like the API's). */
async function myConcerns(env: BotEnv, ctx: RequestContext): Promise<AdaptiveCard> {
  const { items } = await listConcerns(env.deps, ctx, { limit: '8', order: 'recordedAt-desc' });
  return myConcernsCard({ concerns: items, myOid: ctx.actor.oid, timeZone: ctx.school.timeZone, openLantern: env.links.home() });
}

/** The person's own actions, through listMyActions (policy-scoped and audited like the API's). */
async function myActions(env: BotEnv, ctx: RequestContext): Promise<AdaptiveCard> {
  const { items } = await listMyActions(env.deps, ctx, { limit: '20' });
  return myActionsCard(items, ctx.school.id, env.links.page('actions'));
}

async function setTriageNotice(env: BotEnv, ctx: RequestContext, triageNotice: TriageNotice, digestTime?: string): Promise<AdaptiveCard> {
  await env.deps.store.conversations.savePreferences({
    id: chatPreferencesId(ctx.actor.oid),
    type: 'chatPreferences',
    schoolId: ctx.school.id,
    oid: ctx.actor.oid,
    triageNotice,
    ...(digestTime ? { digestTime } : {}),
    updatedAt: env.deps.clock().toISOString(),
  });
  env.people.forget(ctx.school.id);
  const what = triageNotice === 'each'
    ? 'a card for each new concern'
    : `one summary of the triage queue instead of a card for each concern, and referral alerts in one digest at ${digestTime} each day`;
  return noticeCard('Notifications updated', `You will get ${what}.`);
}
