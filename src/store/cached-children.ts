import type { Child } from '../core/model/child.js';
import type { Store } from '../core/ports/store.js';

/**
 * Remembers children the store has found, per school, for `ttlMs`. Every
 * concern names children that must exist in the school; children are never
 * deleted (leavers are marked), so a found child stays valid, and a miss always
 * asks the store. This takes createConcern from two Cosmos requests to one.
 */
export function withChildCache(store: Store, ttlMs: number, now: () => number = Date.now): Store {
  const cache = new Map<string, { child: Child; at: number }>();
  const key = (schoolId: string, id: string) => `${schoolId}\n${id}`;
  const fresh = (schoolId: string, id: string) => {
    const hit = cache.get(key(schoolId, id));
    return hit && now() - hit.at < ttlMs ? hit.child : undefined;
  };
  const remember = (c: Child) => {
    if (cache.size > 50_000) cache.clear();
    cache.set(key(c.schoolId, c.id), { child: c, at: now() });
  };
  const children: Store['children'] = {
    ...store.children,
    async getMany(schoolId, ids) {
      const missing = ids.filter((id) => !fresh(schoolId, id));
      if (missing.length) (await store.children.getMany(schoolId, missing)).forEach(remember);
      return ids.flatMap((id) => fresh(schoolId, id) ?? []);
    },
    async list(schoolId) {
      const all = await store.children.list(schoolId);
      all.forEach(remember);
      return all;
    },
  };
  return { ...store, children };
}
