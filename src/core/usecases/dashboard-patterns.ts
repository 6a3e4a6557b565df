import type { Store } from '../ports/store.js';

const DAY_MS = 86_400_000;

/**
 * Children with at least `patternCount` concerns that occurred in the last
 * `patternDays` days, most concerns first. Reads one window of concerns'
 * child ids, not the history.
 */
export async function patternFlags(
  store: Store,
  schoolId: string,
  now: Date,
  rule: { patternCount: number; patternDays: number },
  limit: number,
) {
  const since = new Date(now.getTime() - rule.patternDays * DAY_MS).toISOString();
  const rows = await store.dashboard.childIdsSince(schoolId, since, limit);
  const counts = new Map<string, number>();
  for (const ids of rows.items) for (const id of new Set(ids)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const items = [...counts]
    .filter(([, n]) => n >= rule.patternCount)
    .map(([childId, concerns]) => ({ childId, concerns }))
    .sort((a, b) => b.concerns - a.concerns || a.childId.localeCompare(b.childId));
  return { items, more: rows.more };
}
