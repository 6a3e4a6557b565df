import { z } from 'zod';
import { triageRank, type Concern } from '../model/concern.js';
import type { ConcernQuery } from '../ports/store.js';
import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { concernScope } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import type { Deps, RequestContext } from './context.js';
import { dueActions } from './dashboard-actions.js';
import { chasesDue } from '../chase/dashboard-chases.js';
import { patternFlags } from './dashboard-patterns.js';
import { dashboardView } from './dashboard-view.js';
import { dashboardWindows, localDatePlus } from './dashboard-windows.js';
import { currentFlagBadges } from '../child-status/current-flags.js';

export const dashboardQuerySchema = z.strictObject({
  patternCount: z.coerce.number().int().min(2).max(20).default(3),
  patternDays: z.coerce.number().int().min(7).max(90).default(30),
  dueSoonDays: z.coerce.number().int().min(1).max(30).default(7),
});

export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const TRIAGE_PAGE = 20;
const ACTIONS_LIMIT = 100;
const PATTERN_LIMIT = 5000;
const CHASES_LIMIT = 50;

/**
 * The DSL home: triage queue, actions due, counts by category, pattern flags.
 * Every read is bounded by open work or a time window, never by history.
 * For DSLs only — the people who may read every concern in the school.
 */
export async function getDashboard(deps: Deps, ctx: RequestContext, rawQuery: unknown) {
  const q = parseInput(dashboardQuerySchema, rawQuery, 'query');
  const facts = { action: 'dashboard.read', recordType: 'dashboard', recordId: '*' } as const;
  if (concernScope(ctx.actor).kind !== 'all') {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', 'The safeguarding dashboard is for DSLs. Your own concerns are under My concerns.');
  }
  const reads = await readDashboard(deps, ctx, q);
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  return dashboardView(reads, q);
}

/** Eight bounded reads in parallel (urgent concerns first in the queue), then one read of the children they name and one of their current statuses. */
async function readDashboard(deps: Deps, ctx: RequestContext, q: DashboardQuery) {
  const now = deps.clock();
  const { id: schoolId, timeZone } = ctx.school;
  const today = localDatePlus(now, timeZone, 0);
  const windows = dashboardWindows(now, ctx.school);
  const categories = ctx.school.categories.filter((c) => c.active);
  const waiting = (extra: Partial<ConcernQuery>, limit = TRIAGE_PAGE) =>
    deps.store.concerns.query(schoolId, { scope: { kind: 'all' }, status: 'new', order: 'recordedAt-asc', ...extra }, { limit });
  const [urgent, red, amber, oldest, newCount, counts, actions, patterns, chases] = await Promise.all([
    waiting({ urgent: true }),
    waiting({ priority: 'red' }),
    waiting({ priority: 'amber' }),
    waiting({}, TRIAGE_PAGE * 2),
    deps.store.dashboard.countNew(schoolId),
    deps.store.dashboard.categoryCounts(schoolId, categories.map((c) => c.id), windows),
    dueActions(deps.store, schoolId, today, localDatePlus(now, timeZone, q.dueSoonDays), ACTIONS_LIMIT),
    patternFlags(deps.store, schoolId, now, q, PATTERN_LIMIT),
    chasesDue(deps.store, ctx.school, today, CHASES_LIMIT),
  ]);
  const queue = triageOrder([...urgent.items, ...red.items, ...amber.items, ...oldest.items]);
  const childIds = [...queue.items.flatMap((c) => c.childIds), ...actions.childIds, ...patterns.items.map((p) => p.childId), ...chases.items.map((c) => c.childId)];
  const [children, flags] = await Promise.all([deps.store.children.getMany(schoolId, childIds), currentFlagBadges(deps, ctx, childIds)]);
  return { now, today, windows, categories, queue: queue.items, newCount, counts, actions, patterns, chases, children, flags };
}

/**
 * The triage queue: a child at immediate risk first, then red, amber, not yet prioritised and green; oldest first
 * within each (bounded reads of each band, merged).
 */
function triageOrder(read: Concern[]) {
  const unique = [...new Map(read.map((c) => [c.id, c])).values()];
  unique.sort((a, b) => triageRank(a) - triageRank(b) || a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id));
  return { items: unique.slice(0, TRIAGE_PAGE) };
}
