import { localDate } from '../calendar/local-time.js';
import { readableFlagKinds } from '../policy/index.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { flagBadge, type FlagBadge } from './status-flag-view.js';

/**
 * The current statuses the caller may see, per child, for badges on a page of
 * children (triage queue, dashboard): one query whatever the page size, and
 * no query at all for someone who may see no statuses.
 */
export async function currentFlagBadges(deps: Deps, ctx: RequestContext, childIds: readonly string[]): Promise<Record<string, FlagBadge[]>> {
  const kinds = readableFlagKinds(ctx.actor);
  const unique = [...new Set(childIds)];
  if (kinds.length === 0 || unique.length === 0) return {};
  const today = localDate(deps.clock(), ctx.school.timeZone);
  const flags = await deps.store.statusFlags.current(ctx.school.id, unique, kinds, today);
  const byChild: Record<string, FlagBadge[]> = {};
  for (const f of flags) (byChild[f.childId] ??= []).push(flagBadge(f));
  return byChild;
}

/** A concern view whose children carry their current status badges; a child with none visible is left as it was. */
export function withFlagBadges<V extends { children: { childId: string }[] }>(view: V, flags: Record<string, FlagBadge[]>): V {
  return { ...view, children: view.children.map((c) => (flags[c.childId] ? { ...c, statusFlags: flags[c.childId] } : c)) };
}
