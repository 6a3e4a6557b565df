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
  const adults = school.adultConcerns;
  const head = adults ? member(adults.caseManagerGroups) : false;
  const chair = adults ? member(adults.chairGroups) : false;
  return {
    tenantId: identity.tenantId,
    oid: identity.oid.toLowerCase(),
    name: identity.name,
    schoolId: school.id,
    roles,
    readableCategories: [...readable].sort(),
    restrictedCategories: school.categories.filter((c) => c.restricted).map((c) => c.id),
    ...(head || chair ? { caseManager: { head, chair } } : {}),
  };
}

export const hasAnyAccess = (a: Actor) => a.roles.length > 0 || a.readableCategories.length > 0 || a.caseManager !== undefined;

/** Group ids a school's access configuration refers to; used to ask Graph about overage. */
export function mappedGroupIds(school: School): string[] {
  const a = school.access;
  const adults = school.adultConcerns;
  return [...new Set([...a.staffGroups, ...a.dslGroups, ...a.adminGroups, ...a.categoryReaders.map((r) => r.groupId), ...(adults ? [...adults.caseManagerGroups, ...adults.chairGroups] : [])])];
}
