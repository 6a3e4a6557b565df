/**
 * Group memberships, cached for a stated window (MEMBERSHIP_CACHE_SECONDS,
 * default 300): a removal from a group takes effect within it. Failures are
 * never cached, and concurrent look-ups for one key share a single request.
 */
export interface MembershipCache {
  get(key: string, load: () => Promise<readonly string[]>): Promise<readonly string[]>;
  /** Drops every entry, e.g. after the access configuration changed. */
  clear(): void;
}

const MAX_ENTRIES = 20_000;

export function createMembershipCache(ttlMs: number, now: () => number = Date.now): MembershipCache {
  const entries = new Map<string, { at: number; groups: Promise<readonly string[]> }>();
  return {
    get(key, load) {
      const hit = entries.get(key);
      if (hit && now() - hit.at < ttlMs) return hit.groups;
      const groups = load();
      if (ttlMs <= 0) return groups;
      entries.delete(key);
      entries.set(key, { at: now(), groups });
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      groups.catch(() => {
        if (entries.get(key)?.groups === groups) entries.delete(key);
      });
      return groups;
    },
    clear: () => entries.clear(),
  };
}
