import { TeamsInfo, type Activity, type TurnContext } from 'botbuilder';
import { chatAddressId, type ChatAddress } from '../../core/model/chat.js';
import { resolveActor } from '../../core/model/resolve-actor.js';
import type { School } from '../../core/model/school.js';
import type { RequestContext } from '../../core/usecases/context.js';
import type { BotEnv } from '../bot-env.js';

const canBeAlerted = (roles: readonly string[]) => roles.includes('staff') || roles.includes('dsl');

/**
 * Conversation references, kept so Lantern can message people later. A person
 * is remembered when they talk to the bot in a personal chat, and when the bot
 * is installed in a team or chat they belong to (their roster entry is enough
 * to open a personal chat). Only people with a staff role are kept.
 */
export function createAddressBook(env: BotEnv) {
  const written = new Map<string, string>(); // saves a store write per turn when nothing changed

  async function save(address: ChatAddress) {
    const key = `${address.schoolId}|${address.oid}`;
    const fingerprint = [address.serviceUrl, address.channelUserId, address.conversationId, address.name, address.botId].join('|');
    if (written.get(key) === fingerprint) return;
    await env.deps.store.conversations.saveAddress(address);
    env.people.forget(address.schoolId);
    written.set(key, fingerprint);
  }

  return {
    /** The sender of a personal-chat activity, in the school they act in. */
    async rememberSender(ctx: RequestContext, activity: Partial<Activity>): Promise<void> {
      if (activity.conversation?.conversationType !== 'personal' || !canBeAlerted(ctx.actor.roles)) return;
      await save(addressFrom(activity, { schoolId: ctx.school.id, tenantId: ctx.actor.tenantId, oid: ctx.actor.oid, name: ctx.actor.name }, env.deps.clock(), activity.conversation.id));
    },

    /** Everyone in the team or chat the bot was just added to who is staff in one of the tenant's schools. */
    async learnRoster(turn: TurnContext): Promise<number> {
      const schools = await env.directory.schoolsOf(env.config.TENANT_ID.toLowerCase());
      let learned = 0;
      let continuationToken: string | undefined;
      do {
        const page = await TeamsInfo.getPagedMembers(turn, 100, continuationToken);
        for (const member of page.members) learned += await learnMember(member, turn.activity, schools);
        continuationToken = page.continuationToken;
      } while (continuationToken);
      return learned;
    },
  };

  async function learnMember(member: { id: string; name?: string; aadObjectId?: string }, activity: Partial<Activity>, schools: School[]) {
    if (!member.aadObjectId) return 0;
    const oid = member.aadObjectId.toLowerCase();
    const tenantId = env.config.TENANT_ID.toLowerCase();
    const groups = await env.membership.groupsOf(tenantId, oid).catch(() => undefined);
    if (!groups) return 0;
    let learned = 0;
    for (const school of schools) {
      const actor = resolveActor({ tenantId, oid, name: member.name ?? '', groups }, school);
      if (!canBeAlerted(actor.roles)) continue;
      const known = await env.deps.store.conversations.address(school.id, oid);
      const from = { ...activity, from: { id: member.id, name: member.name ?? known?.name ?? 'Teams user' } };
      await save(addressFrom(from, { schoolId: school.id, tenantId, oid, name: from.from.name }, env.deps.clock(), known?.conversationId));
      learned++;
    }
    return learned;
  }
}

export type AddressBook = ReturnType<typeof createAddressBook>;

interface Person {
  schoolId: string;
  tenantId: string;
  oid: string;
  name: string;
}

function addressFrom(a: Partial<Activity>, p: Person, now: Date, conversationId?: string): ChatAddress {
  return {
    id: chatAddressId(p.oid),
    type: 'chatAddress',
    ...p,
    channelId: a.channelId ?? 'msteams',
    serviceUrl: a.serviceUrl ?? '',
    channelUserId: a.from?.id ?? '',
    botId: a.recipient?.id ?? '',
    ...(conversationId ? { conversationId } : {}),
    updatedAt: now.toISOString(),
  };
}
