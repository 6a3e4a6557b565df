import type { ConcernAction, ConcernStatus } from '../model/concern.js';

/** A window for counting concerns: everything that occurred at or after `from`. */
export interface CountWindow {
  key: string;
  from: string;
}

/** Per window, per category id, how many concerns; `total` counts each concern once. */
export type CategoryCounts = Record<string, { total: number; byCategory: Record<string, number> }>;

/** An open concern with the actions that are not done and fall due by a given date. */
export interface DueActionsRow {
  concernId: string;
  ref: string;
  childIds: string[];
  categories: string[];
  status: ConcernStatus;
  due: ConcernAction[];
}

export interface Bounded<T> {
  items: T[];
  /** True when more rows matched than the limit allowed. */
  more: boolean;
}

/**
 * Reads behind the DSL home. Every method is one school's partition and reads
 * open work or a time window, never the whole history: counts come back as
 * aggregates (one row), lists stop at `limit`.
 */
export interface DashboardStore {
  /** How many concerns wait for triage. */
  countNew(schoolId: string): Promise<number>;
  /** Counts by category for several windows in one aggregate query. */
  categoryCounts(schoolId: string, categories: readonly string[], windows: readonly CountWindow[]): Promise<CategoryCounts>;
  /** Concerns not closed with an action not done and due on or before `dueBy` (YYYY-MM-DD). */
  openActionsDue(schoolId: string, dueBy: string, limit: number): Promise<Bounded<DueActionsRow>>;
  /** The child ids of every concern that occurred since `since`, one array per concern. */
  childIdsSince(schoolId: string, since: string, limit: number): Promise<Bounded<string[]>>;
}
