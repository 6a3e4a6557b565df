import type { ChronologyEntry } from './entry.js';
import type { ChronologyQuery } from './query.js';

/** An entry's moment for ordering and date ranges; a date-only entry (an action's due date) counts as the end of the school day. */
export const momentOf = (e: ChronologyEntry) => Date.parse(e.dateOnly ? `${e.at}T17:00:00Z` : e.at);

const textOf = (e: ChronologyEntry) =>
  [e.title, e.summary, e.by?.name, e.record.ref, ...e.details.map((d) => d.value)].filter(Boolean).join('\n').toLowerCase();

/** The entries that match every filter given, newest or oldest first (ties by when they were recorded, then id). */
export function filterAndSort(entries: ChronologyEntry[], q: ChronologyQuery): ChronologyEntry[] {
  const from = q.from ? Date.parse(q.from) : -Infinity;
  const to = q.to ? Date.parse(q.to) : Infinity;
  const words = q.q?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  const kinds = q.kind?.length ? new Set(q.kind) : undefined;
  const matching = entries.filter((e) => {
    const at = momentOf(e);
    if (at < from || at > to) return false;
    if (kinds && !kinds.has(e.kind)) return false;
    if (q.category && !e.categories.includes(q.category)) return false;
    if (words.length === 0) return true;
    const haystack = textOf(e);
    return words.every((w) => haystack.includes(w));
  });
  const sign = q.order === 'newest' ? -1 : 1;
  return matching.sort((a, b) => sign * (momentOf(a) - momentOf(b) || (a.recordedAt ?? '').localeCompare(b.recordedAt ?? '') || a.id.localeCompare(b.id)));
}
