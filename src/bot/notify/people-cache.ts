import type { ChatAddress, ChatPreferences } from '../../core/model/chat.js';
import type { ConversationStore } from '../../core/ports/conversation-store.js';

/**
 * Who Lantern can reach in each school, and how DSLs want to hear of new
 * concerns, cached for the same window as the school directory: these change
 * rarely, and reading them on every submit would add queries to each turn.
 * Changes made by this instance take effect at once; another instance's
 * within `ttlMs`.
 */
export function createPeopleCache(store: ConversationStore, ttlMs: number, now: () => number = Date.now) {
  const addresses = new Map<string, { at: number; value: Promise<ChatAddress[]> }>();
  const preferences = new Map<string, { at: number; value: Promise<ChatPreferences[]> }>();
  function cached<T>(cache: Map<string, { at: number; value: Promise<T> }>, schoolId: string, load: () => Promise<T>): Promise<T> {
    const hit = cache.get(schoolId);
    if (hit && now() - hit.at < ttlMs) return hit.value;
    const value = load();
    cache.set(schoolId, { at: now(), value });
    value.catch(() => cache.delete(schoolId));
    return value;
  }
  return {
    addresses: (schoolId: string) => cached(addresses, schoolId, () => store.addresses(schoolId)),
    preferences: (schoolId: string) => cached(preferences, schoolId, () => store.preferences(schoolId)),
    forget(schoolId: string) {
      addresses.delete(schoolId);
      preferences.delete(schoolId);
    },
  };
}

export type PeopleCache = ReturnType<typeof createPeopleCache>;
