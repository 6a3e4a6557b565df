import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { defaultCategories } from '../model/category.js';
import type { School } from '../model/school.js';
import type { SchoolBootstrap } from '../validation/school-bootstrap.js';
import type { Deps } from './context.js';
import { systemContext } from './system-context.js';

/**
 * Creates the configured schools that do not exist yet, with default
 * categories and the configured groups; existing schools are left exactly as
 * their admins last set them. Returns the ids created.
 */
export async function bootstrapSchools(deps: Deps, tenantId: string, entries: readonly SchoolBootstrap[]): Promise<string[]> {
  const created: string[] = [];
  for (const entry of entries) {
    if (await deps.store.schools.get(entry.id)) continue;
    const school = toSchool(tenantId.toLowerCase(), entry);
    try {
      await deps.store.schools.create(school);
    } catch (e) {
      if (e instanceof LanternError && e.code === 'already_exists') continue; // another instance was first
      throw e;
    }
    await audit(deps, systemContext(school, `bootstrap-${entry.id}`), { action: 'school.bootstrap', recordType: 'school', recordId: school.id, outcome: 'success' });
    created.push(school.id);
  }
  return created;
}

function toSchool(tenantId: string, e: SchoolBootstrap): School {
  return {
    id: e.id,
    type: 'school',
    schoolId: e.id,
    tenantId,
    name: e.name,
    timeZone: e.timeZone,
    categories: defaultCategories(),
    access: {
      staffGroups: e.staffGroups,
      dslGroups: e.dslGroups,
      adminGroups: e.adminGroups,
      escalationGroups: e.escalationGroups ?? [],
      categoryReaders: e.categoryReaders ?? [],
      ...(e.rosterSource ? { rosterSource: e.rosterSource } : {}),
    },
  };
}
