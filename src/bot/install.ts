import { CardFactory, type TurnContext } from 'botbuilder';
import { helpCard, personalChatCard } from './cards/notice-cards.js';
import type { BotEnv } from './bot-env.js';
import type { AddressBook } from './notify/addresses.js';
import { contextForTurn } from './turn-actor.js';

/**
 * Lantern was added to a personal chat, a group chat or a team. It remembers
 * how to reach the staff there (so alerts can find them) and says hello; in
 * shared scopes it only points people to a personal chat.
 */
export async function handleInstall(env: BotEnv, book: AddressBook, turn: TurnContext): Promise<void> {
  const personal = turn.activity.conversation?.conversationType === 'personal';
  try {
    if (personal) {
      const ctx = await contextForTurn(env, turn.activity);
      await book.rememberSender(ctx, turn.activity);
      await turn.sendActivity({ attachments: [CardFactory.adaptiveCard(helpCard(ctx.actor.roles.includes('dsl')))] });
      return;
    }
    const learned = await book.learnRoster(turn);
    env.log.log('info', 'bot installed', { scope: turn.activity.conversation?.conversationType, staffReachable: learned });
    await turn.sendActivity({ attachments: [CardFactory.adaptiveCard(personalChatCard(env.links.personalChat()))] });
  } catch (e) {
    env.log.log('warn', 'bot install handling failed', { error: e instanceof Error ? e.message : String(e) });
  }
}
