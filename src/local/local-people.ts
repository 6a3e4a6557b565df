import type { DirectoryGroup, PeopleDirectory } from '../core/ports/people-directory.js';
import { DEMO_GROUPS, DEMO_TENANT_ID, PERSONAS } from './demo-identity.js';

/** Display names of the demo tenant's groups. */
export const DEMO_GROUP_NAMES: Record<string, string> = {
  [DEMO_GROUPS.staff]: 'Lantern – all staff',
  [DEMO_GROUPS.dsl]: 'Lantern – DSLs',
  [DEMO_GROUPS.admin]: 'Lantern – admins',
  [DEMO_GROUPS.sendReaders]: 'Lantern – SEND readers',
  [DEMO_GROUPS.head]: 'Lantern – head and deputy head',
  [DEMO_GROUPS.unmapped]: 'All users',
};

const groups: DirectoryGroup[] = Object.entries(DEMO_GROUP_NAMES).map(([id, name]) => ({ id, name, securityEnabled: true }));

/**
 * Local mode has no Microsoft Graph: the directory is the seeded personas and
 * the demo groups, so the access report and the group picker work offline.
 */
export function localPeopleDirectory(): PeopleDirectory {
  const tenant = (t: string) => t.toLowerCase() === DEMO_TENANT_ID;
  return {
    async membersOf(t, groupId) {
      if (!tenant(t)) return [];
      return PERSONAS.filter((p) => p.groups.includes(groupId)).map((p) => ({ oid: p.oid, name: p.name, principalName: `${p.key}@demo.lantern.invalid`, guest: false }));
    },
    async searchGroups(t, text) {
      return tenant(t) ? groups.filter((g) => g.name.toLowerCase().includes(text.toLowerCase())) : [];
    },
    async groupsById(t, ids) {
      return tenant(t) ? groups.filter((g) => ids.includes(g.id)) : [];
    },
  };
}
