import type { School } from '../core/model/school.js';
import type { Store } from '../core/ports/store.js';

/**
 * The schools of a tenant and their access configuration, cached so a request
 * does not read configuration from the store every time. After `ttlMs` the
 * next request triggers a refresh in the background and is served the cached
 * list meanwhile; a change takes effect within about `ttlMs` plus one refresh.
 * `forget` drops it at once (used when an admin changes the mapping).
 */
export function createSchoolDirectory(store: Store, ttlMs: number, now: () => number = Date.now) {
  const cache = new Map<string, { at: number; schools: Promise<School[]>; refreshing?: Promise<void> }>();
  const load = (tenantId: string) => {
    const schools = store.schools.listForTenant(tenantId);
    const entry = { at: now(), schools };
    cache.set(tenantId, entry);
    schools.catch(() => cache.get(tenantId) === entry && cache.delete(tenantId));
    return schools;
  };
  const refresh = (tenantId: string, entry: { at: number; schools: Promise<School[]>; refreshing?: Promise<void> }) => {
    entry.refreshing ??= store.schools
      .listForTenant(tenantId)
      .then((schools) => void cache.set(tenantId, { at: now(), schools: Promise.resolve(schools) }))
      .catch(() => void (entry.refreshing = undefined));
  };
  return {
    async schoolsOf(tenantId: string): Promise<School[]> {
      const hit = cache.get(tenantId);
      if (!hit) return load(tenantId);
      if (now() - hit.at >= ttlMs) refresh(tenantId, hit);
      return hit.schools;
    },
    forget(tenantId?: string) {
      if (tenantId) cache.delete(tenantId);
      else cache.clear();
    },
  };
}

export type SchoolDirectory = ReturnType<typeof createSchoolDirectory>;
