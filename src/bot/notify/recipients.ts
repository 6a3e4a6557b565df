import type { ChatAddress } from '../../core/model/chat.js';
import { resolveActor } from '../../core/model/resolve-actor.js';
import type { School } from '../../core/model/school.js';
import type { BotEnv } from '../bot-env.js';

export interface Recipient {
  address: ChatAddress;
  groups: readonly string[];
  isDsl: boolean;
}

/**
 * The people Lantern can message in a school, with their groups as they are
 * now (not when they were first seen): someone removed from the DSL group
 * stops getting DSL cards at once. A person whose groups cannot be read is
 * left out.
 */
export async function reachablePeople(env: BotEnv, school: School): Promise<Recipient[]> {
  const addresses = await env.people.addresses(school.id);
  const people = await Promise.all(
    addresses.map(async (address) => {
      const groups = await env.membership.groupsOf(school.tenantId, address.oid).catch(() => undefined);
      if (!groups) return undefined;
      const actor = resolveActor({ tenantId: school.tenantId, oid: address.oid, name: address.name, groups }, school);
      return { address, groups, isDsl: actor.roles.includes('dsl') };
    }),
  );
  return people.filter((p): p is Recipient => p !== undefined);
}
