import type { Container, SqlQuerySpec } from '@azure/cosmos';
import type { Bounded, CategoryCounts, DashboardStore, DueActionsRow } from '../core/ports/dashboard-store.js';
import { guard } from './cosmos-errors.js';
import { categoryCountsSql, childIdsSinceSql, countNewSql, openActionsDueSql } from './dashboard-sql.js';

/** Reads for the DSL home; each is one partition and bounded (see dashboard-sql.ts). */
export function createDashboardStore(records: Container): DashboardStore {
  return {
    async countNew(schoolId) {
      const [n] = await all<number>(records, schoolId, countNewSql(schoolId));
      return n ?? 0;
    },
    async categoryCounts(schoolId, categories, windows) {
      const [row] = await all<Record<string, number>>(records, schoolId, categoryCountsSql(schoolId, categories, windows));
      const counts: CategoryCounts = {};
      windows.forEach((w, i) => {
        const byCategory: Record<string, number> = {};
        categories.forEach((c, j) => (byCategory[c] = row?.[`w${i}c${j}`] ?? 0));
        counts[w.key] = { total: row?.[`w${i}`] ?? 0, byCategory };
      });
      return counts;
    },
    openActionsDue: (schoolId, dueBy, limit) => bounded<DueActionsRow>(records, schoolId, openActionsDueSql(schoolId, dueBy), limit, toRow),
    childIdsSince: (schoolId, since, limit) => bounded<string[]>(records, schoolId, childIdsSinceSql(schoolId, since), limit, (x) => x as string[]),
  };
}

const toRow = (doc: unknown): DueActionsRow => {
  const d = doc as Omit<DueActionsRow, 'concernId'> & { id: string };
  return { concernId: d.id, ref: d.ref, childIds: d.childIds, categories: d.categories, status: d.status, due: d.due };
};

function all<T>(records: Container, partitionKey: string, spec: SqlQuerySpec): Promise<T[]> {
  return guard(async () => (await records.items.query<T>(spec, { partitionKey }).fetchAll()).resources);
}

/** Reads at most `limit` results, page by page, and says whether more matched. */
async function bounded<T>(records: Container, partitionKey: string, spec: SqlQuerySpec, limit: number, map: (doc: unknown) => T): Promise<Bounded<T>> {
  return guard(async () => {
    const iterator = records.items.query(spec, { partitionKey, maxItemCount: Math.min(limit, 1000) });
    const items: T[] = [];
    while (items.length < limit && iterator.hasMoreResults()) {
      const page = await iterator.fetchNext();
      items.push(...page.resources.map(map));
    }
    return { items: items.slice(0, limit), more: items.length > limit || iterator.hasMoreResults() };
  });
}
