import type { School } from '../core/model/school.js';
import type { Store } from '../core/ports/store.js';

/**
 * The schools of a tenant and their access configuration, cached briefly so a
 * request does not read configuration from the store every time. A change to
 * the configuration takes effect within `ttlMs`.
 */
export function createSchoolDirectory(store: Store, ttlMs: number, now: () => number = Date.now) {
  const cache = new Map<string, { at: number; schools: Promise<School[]> }>();
  return {
    async schoolsOf(tenantId: string): Promise<School[]> {
      const hit = cache.get(tenantId);
      if (hit && now() - hit.at < ttlMs) return hit.schools;
      const schools = store.schools.listForTenant(tenantId);
      cache.set(tenantId, { at: now(), schools });
      schools.catch(() => cache.delete(tenantId));
      return schools;
    },
    forget(tenantId?: string) {
      if (tenantId) cache.delete(tenantId);
      else cache.clear();
    },
  };
}

export type SchoolDirectory = ReturnType<typeof createSchoolDirectory>;
