import { chatAddressId, type ChatAddress } from '../../core/model/chat.js';
import type { School } from '../../core/model/school.js';
import type { PeopleDirectory } from '../../core/ports/people-directory.js';
import type { AppInstallation } from '../../identity/graph/app-installation.js';
import type { BotEnv } from '../bot-env.js';

export interface MemberReach {
  installation: AppInstallation;
  people: PeopleDirectory;
}

/**
 * Makes every member of the school's DSL and staff groups reachable: for
 * anyone Lantern has no personal chat with yet, it installs itself for them
 * (Graph) and remembers that chat, so a DSL who never opened the bot still
 * gets alerts. Guests are left out. One person's failure is logged and
 * skipped; the rest carry on. Returns how many people became reachable.
 */
export async function installForMembers(env: BotEnv, school: School, reach: MemberReach): Promise<number> {
  const members = new Map<string, string>();
  for (const group of new Set([...school.access.dslGroups, ...school.access.staffGroups])) {
    for (const person of await reach.people.membersOf(school.tenantId, group)) if (!person.guest) members.set(person.oid.toLowerCase(), person.name);
  }
  const known = new Set((await env.deps.store.conversations.addresses(school.id)).map((a) => a.oid.toLowerCase()));
  let installed = 0;
  for (const [oid, name] of members) {
    if (known.has(oid)) continue;
    try {
      const conversationId = await reach.installation.personalChatId(oid);
      await env.deps.store.conversations.saveAddress(installedAddress(env, school, oid, name, conversationId));
      installed++;
    } catch (e) {
      env.log.log('warn', 'Lantern could not install itself for a group member; they get alerts once they open it', { schoolId: school.id, oid, error: e instanceof Error ? e.message : String(e) });
    }
  }
  if (installed > 0) env.people.forget(school.id);
  return installed;
}

function installedAddress(env: BotEnv, school: School, oid: string, name: string, conversationId: string): ChatAddress {
  return {
    id: chatAddressId(oid),
    type: 'chatAddress',
    schoolId: school.id,
    tenantId: school.tenantId,
    oid,
    name,
    channelId: 'msteams',
    serviceUrl: env.config.TEAMS_SERVICE_URL,
    channelUserId: `8:orgid:${oid}`, // Teams' id for an Entra user; the chat id is what messages use
    botId: `28:${env.config.MICROSOFT_APP_ID}`,
    conversationId,
    updatedAt: env.deps.clock().toISOString(),
  };
}
