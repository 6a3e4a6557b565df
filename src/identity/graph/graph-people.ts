import type { DirectoryGroup, DirectoryPerson, PeopleDirectory } from '../../core/ports/people-directory.js';
import type { GraphApi } from './graph-api.js';
import { GraphFailure } from './graph-errors.js';
import { cleanName } from '../../core/validation/text.js';

interface GraphObject {
  '@odata.type'?: string;
  id: string;
  displayName?: string | null;
  userPrincipalName?: string | null;
  userType?: string | null;
  description?: string | null;
  securityEnabled?: boolean | null;
}

const USER_FIELDS = 'id,displayName,userPrincipalName,userType';
const GROUP_FIELDS = 'id,displayName,description,securityEnabled';
/** getByIds takes at most 1,000 ids. */
const BY_IDS_LIMIT = 1000;

/** People and groups of the tenant from Microsoft Graph, for the access report and the group picker. */
export function createGraphPeople(graph: GraphApi, tenantId: string): PeopleDirectory {
  const ownTenant = (t: string) => {
    if (t.toLowerCase() !== tenantId.toLowerCase()) throw new GraphFailure('Lantern reads the directory of its own organisation only');
  };
  return {
    async membersOf(t, groupId) {
      ownTenant(t);
      const path = `/groups/${encodeURIComponent(groupId)}/transitiveMembers?$select=${USER_FIELDS}&$top=999`;
      const objects = await graph.getAll<GraphObject>(path);
      return objects.filter((o) => o['@odata.type'] === '#microsoft.graph.user').map(toPerson);
    },
    async searchGroups(t, text) {
      ownTenant(t);
      const search = encodeURIComponent(`"displayName:${text}"`);
      const path = `/groups?$search=${search}&$select=${GROUP_FIELDS}&$top=25`;
      const body = await graph.get<{ value?: GraphObject[] }>(path, { ConsistencyLevel: 'eventual' });
      return (body.value ?? []).map(toGroup).sort((a, b) => a.name.localeCompare(b.name));
    },
    async groupsById(t, ids) {
      ownTenant(t);
      const groups: DirectoryGroup[] = [];
      for (let i = 0; i < ids.length; i += BY_IDS_LIMIT) {
        const body = await graph.post<{ value?: GraphObject[] }>('/directoryObjects/getByIds', { ids: ids.slice(i, i + BY_IDS_LIMIT), types: ['group'] });
        groups.push(...(body.value ?? []).map(toGroup));
      }
      return groups;
    },
  };
}

const toPerson = (o: GraphObject): DirectoryPerson => ({
  oid: o.id.toLowerCase(),
  name: cleanName(o.displayName ?? '') || o.userPrincipalName || o.id,
  principalName: o.userPrincipalName ?? undefined,
  guest: o.userType === 'Guest',
});

const toGroup = (o: GraphObject): DirectoryGroup => ({
  id: o.id.toLowerCase(),
  name: cleanName(o.displayName ?? '') || o.id,
  description: o.description ?? undefined,
  securityEnabled: o.securityEnabled ?? undefined,
});
