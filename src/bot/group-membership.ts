import { LanternError } from '../core/errors.js';
import type { GroupMembership } from '../core/ports/group-membership.js';

/**
 * Production's membership until the access issue plugs in Microsoft Graph:
 * it refuses, because guessing someone's groups would guess their access.
 */
export const refusingGroupMembership: GroupMembership = {
  async groupsOf() {
    throw new LanternError(
      'forbidden',
      'Lantern cannot check your access from Teams chat yet (Microsoft Graph is not configured). Use the Lantern tab, or ask your Lantern admin.',
    );
  },
};

/** Fixed memberships, e.g. local mode's seeded personas. Someone not listed is in no group. */
export function staticGroupMembership(people: readonly { oid: string; groups: readonly string[] }[]): GroupMembership {
  const byOid = new Map(people.map((p) => [p.oid.toLowerCase(), [...p.groups]]));
  return {
    async groupsOf(_tenantId, oid) {
      return byOid.get(oid.toLowerCase()) ?? [];
    },
  };
}
