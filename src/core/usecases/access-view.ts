import type { AccessConfigVersion } from '../model/access-version.js';
import { configGroupIds } from '../model/access-routes.js';
import type { School } from '../model/school.js';
import type { DirectoryGroup, PeopleDirectory } from '../ports/people-directory.js';
import type { Versioned } from '../ports/store.js';

/** Group names for display; the configuration works without them, so a directory failure only loses the names. */
export async function groupNames(people: PeopleDirectory | undefined, school: School): Promise<DirectoryGroup[] | undefined> {
  if (!people) return undefined;
  return people.groupsById(school.tenantId, configGroupIds(school.access)).catch(() => undefined);
}

export function accessView(found: Versioned<School>, versions: AccessConfigVersion[], groups: DirectoryGroup[] | undefined, now: Date = new Date()) {
  const { access } = found.value;
  return {
    version: found.value.accessVersion ?? 0,
    config: {
      staffGroups: access.staffGroups,
      dslGroups: access.dslGroups,
      adminGroups: access.adminGroups,
      escalationGroups: access.escalationGroups ?? [],
      categoryReaders: access.categoryReaders,
      rosterSource: access.rosterSource ?? null,
    },
    categories: found.value.categories.filter((c) => c.active).map(({ id, name }) => ({ id, name })),
    /** Names of the mapped groups from the directory; absent when it could not be asked. */
    groups: groups?.map(({ id, name }) => ({ id, name })),
    history: versions.map(({ version, changedBy, changedAt, changes, proposal }) => ({ version, changedBy, changedAt, changes, ...(proposal ? { proposal } : {}) })),
    /** Changes that widen access, waiting for a second person (a DSL who did not ask for them). */
    pending: (found.value.pendingAccessChanges ?? []).filter((p) => Date.parse(p.expiresAt) > now.getTime()).map(({ id, requestedBy, requestedAt, expiresAt, summary }) => ({ id, requestedBy, requestedAt, expiresAt, summary })),
  };
}
