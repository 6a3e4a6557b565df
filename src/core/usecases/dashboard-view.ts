import type { Category } from '../model/category.js';
import { childDisplayName, type Child } from '../model/child.js';
import type { Concern } from '../model/concern.js';
import type { CategoryCounts } from '../ports/dashboard-store.js';
import type { DueAction } from './dashboard-actions.js';
import type { ChaseDue } from '../chase/dashboard-chases.js';
import type { DashboardWindow } from './dashboard-windows.js';
import type { FlagBadge } from '../child-status/status-flag-view.js';

export interface DashboardReads {
  now: Date;
  today: string;
  windows: DashboardWindow[];
  categories: Category[];
  queue: Concern[];
  newCount: number;
  counts: CategoryCounts;
  actions: { overdue: DueAction[]; dueSoon: DueAction[]; more: boolean };
  patterns: { items: { childId: string; concerns: number }[]; more: boolean };
  chases: { items: ChaseDue[]; more: boolean };
  children: Child[];
  /** Current statuses per child, for badges (absent for callers who see none). */
  flags?: Record<string, FlagBadge[]>;
}

type Names = Map<string, Child>;
type Flags = Record<string, FlagBadge[]>;

const childName = (c: Child | undefined) => (c ? { name: childDisplayName(c), yearGroup: c.yearGroup } : { name: 'Unknown child' });
const badges = (flags: Flags, childId: string) => (flags[childId] ? { statusFlags: flags[childId] } : {});

/** What the tab shows on the DSL home; children are named, never more than the panels need. */
export function dashboardView(r: DashboardReads, rule: { patternCount: number; patternDays: number; dueSoonDays: number }) {
  const names: Names = new Map(r.children.map((c) => [c.id, c]));
  const flags: Flags = r.flags ?? {};
  return {
    generatedAt: r.now.toISOString(),
    today: r.today,
    triage: { total: Math.max(r.newCount, r.queue.length), items: r.queue.map((c) => triageItem(c, names, flags)) },
    actions: {
      dueSoonDays: rule.dueSoonDays,
      more: r.actions.more,
      overdue: r.actions.overdue.map((a) => withNames(a, names)),
      dueSoon: r.actions.dueSoon.map((a) => withNames(a, names)),
    },
    counts: r.windows.map((w) => ({
      key: w.key,
      label: w.label,
      startDate: w.startDate,
      total: r.counts[w.key]?.total ?? 0,
      byCategory: r.categories.map((c) => ({ category: c.id, name: c.name, count: r.counts[w.key]?.byCategory[c.id] ?? 0 })),
    })),
    chases: {
      more: r.chases.more,
      items: r.chases.items.map(({ childId, ...c }) => ({ ...c, child: { childId, ...childName(names.get(childId)) } })),
    },
    patterns: {
      rule: { minConcerns: rule.patternCount, days: rule.patternDays },
      more: r.patterns.more,
      items: r.patterns.items.map((p) => ({ ...p, ...childName(names.get(p.childId)), ...badges(flags, p.childId) })),
    },
  };
}

function triageItem(c: Concern, names: Names, flags: Flags) {
  return {
    id: c.id,
    ref: c.ref,
    urgent: c.urgent === true,
    ...(c.priority ? { priority: { level: c.priority.level, reason: c.priority.reason } } : {}),
    categories: c.categories,
    recordedAt: c.recordedAt,
    occurredAt: c.occurredAt,
    createdBy: c.createdBy,
    children: c.children.map((x) => ({ childId: x.childId, role: x.role, ...childName(names.get(x.childId)), ...badges(flags, x.childId) })),
  };
}

function withNames(row: DueAction, names: Names) {
  const { childIds, ...rest } = row;
  return { ...rest, children: childIds.map((id) => ({ childId: id, ...childName(names.get(id)) })) };
}
