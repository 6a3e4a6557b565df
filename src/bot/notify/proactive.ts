import { CardFactory, type ConversationReference } from 'botbuilder';
import type { ChatAddress } from '../../core/model/chat.js';
import type { AdaptiveCard } from '../cards/adaptive.js';
import type { BotEnv } from '../bot-env.js';

/** Who tokens for the Bot Connector are for (botbuilder's ToChannelFromBotOAuthScope). */
const CONNECTOR_AUDIENCE = 'https://api.botframework.com';

export interface SentCard {
  conversationId: string;
  activityId: string;
}

const referenceTo = (a: ChatAddress, conversationId: string): Partial<ConversationReference> => ({
  channelId: a.channelId,
  serviceUrl: a.serviceUrl,
  conversation: { id: conversationId, tenantId: a.tenantId, conversationType: 'personal', isGroup: false, name: '' },
  bot: { id: a.botId, name: 'Lantern' },
  user: { id: a.channelUserId, name: a.name, aadObjectId: a.oid },
});

/**
 * Sends a card to a person's personal chat: continues the known conversation,
 * or opens one (possible once Lantern is installed for them or in a team they
 * are in) and remembers it.
 */
export async function sendToPerson(env: BotEnv, address: ChatAddress, card: AdaptiveCard): Promise<SentCard> {
  const activity = { type: 'message', attachments: [CardFactory.adaptiveCard(card)] };
  let sent: SentCard | undefined;
  if (address.conversationId) {
    const conversationId = address.conversationId;
    await env.adapter.continueConversationAsync(env.config.MICROSOFT_APP_ID, referenceTo(address, conversationId), async (turn) => {
      sent = { conversationId, activityId: (await turn.sendActivity(activity))?.id ?? '' };
    });
  } else {
    const parameters = {
      isGroup: false,
      bot: { id: address.botId, name: 'Lantern' },
      members: [{ id: address.channelUserId, name: address.name }],
      tenantId: address.tenantId,
      channelData: { tenant: { id: address.tenantId } },
    };
    await env.adapter.createConversationAsync(env.config.MICROSOFT_APP_ID, address.channelId, address.serviceUrl, CONNECTOR_AUDIENCE, parameters as never, async (turn) => {
      const conversationId = turn.activity.conversation.id;
      sent = { conversationId, activityId: (await turn.sendActivity(activity))?.id ?? '' };
    });
    if (sent) {
      await env.deps.store.conversations.saveAddress({ ...address, conversationId: sent.conversationId, updatedAt: env.deps.clock().toISOString() });
      env.people.forget(address.schoolId);
    }
  }
  if (!sent) throw new Error('The Bot Connector did not confirm the message.');
  return sent;
}

/** Replaces a card sent earlier, for everyone in that chat (e.g. an alert that was withdrawn). */
export async function replaceCard(env: BotEnv, address: ChatAddress, sent: SentCard, card: AdaptiveCard): Promise<void> {
  await env.adapter.continueConversationAsync(env.config.MICROSOFT_APP_ID, referenceTo(address, sent.conversationId), async (turn) => {
    await turn.updateActivity({ id: sent.activityId, type: 'message', attachments: [CardFactory.adaptiveCard(card)] });
  });
}
