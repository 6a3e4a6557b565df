import type { Actor, Role } from './actor.js';
import type { School } from './school.js';

export interface Identity {
  tenantId: string;
  oid: string;
  name: string;
  /** Entra group ids the person is a member of (transitively). */
  groups: readonly string[];
}

/** The roles a person's groups grant in one school. */
export function resolveActor(identity: Identity, school: School): Actor {
  const member = (ids: readonly string[]) => ids.some((g) => identity.groups.includes(g));
  const roles: Role[] = [];
  if (member(school.access.staffGroups)) roles.push('staff');
  if (member(school.access.dslGroups)) roles.push('dsl');
  if (member(school.access.adminGroups)) roles.push('admin');
  const readable = new Set<string>();
  for (const grant of school.access.categoryReaders) {
    if (identity.groups.includes(grant.groupId)) grant.categories.forEach((c) => readable.add(c));
  }
  return {
    tenantId: identity.tenantId,
    oid: identity.oid.toLowerCase(),
    name: identity.name,
    schoolId: school.id,
    roles,
    readableCategories: [...readable].sort(),
    restrictedCategories: school.categories.filter((c) => c.restricted).map((c) => c.id),
  };
}

export const hasAnyAccess = (a: Actor) => a.roles.length > 0 || a.readableCategories.length > 0;

/** Group ids a school's access configuration refers to; used to ask Graph about overage. */
export function mappedGroupIds(school: School): string[] {
  const a = school.access;
  return [...new Set([...a.staffGroups, ...a.dslGroups, ...a.adminGroups, ...a.categoryReaders.map((r) => r.groupId)])];
}
