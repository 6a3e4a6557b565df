import type { SqlParameter, SqlQuerySpec } from '@azure/cosmos';
import type { CountWindow } from '../core/ports/dashboard-store.js';

/**
 * SQL behind the DSL home. Same limits as sql.ts (no GROUP BY, DISTINCT,
 * OFFSET/LIMIT on the embedded server), so counts by category are one query of
 * conditional SUMs — several aggregates in one projection work on both the
 * embedded server and real Cosmos (the SDK's "MultipleAggregates" feature).
 */
const CONCERNS = "c.schoolId = @schoolId AND c.type = 'concern'";

export function countNewSql(schoolId: string): SqlQuerySpec {
  return {
    query: `SELECT VALUE COUNT(1) FROM c WHERE ${CONCERNS} AND c.status = 'new'`,
    parameters: [{ name: '@schoolId', value: schoolId }],
  };
}

/** Column `w{i}` is window i's total; `w{i}c{j}` counts window i, category j. */
export function categoryCountsSql(schoolId: string, categories: readonly string[], windows: readonly CountWindow[]): SqlQuerySpec {
  const parameters: SqlParameter[] = [{ name: '@schoolId', value: schoolId }];
  windows.forEach((w, i) => parameters.push({ name: `@w${i}`, value: w.from }));
  categories.forEach((c, j) => parameters.push({ name: `@c${j}`, value: c }));
  const columns: string[] = [];
  windows.forEach((_, i) => {
    columns.push(`SUM(c.occurredAt >= @w${i} ? 1 : 0) AS w${i}`);
    categories.forEach((_, j) => {
      columns.push(`SUM((c.occurredAt >= @w${i} AND ARRAY_CONTAINS(c.categories, @c${j})) ? 1 : 0) AS w${i}c${j}`);
    });
  });
  const earliest = windows.map((w) => w.from).sort()[0];
  parameters.push({ name: '@earliest', value: earliest ?? '' });
  return { query: `SELECT ${columns.join(', ')} FROM c WHERE ${CONCERNS} AND c.occurredAt >= @earliest`, parameters };
}

export function openActionsDueSql(schoolId: string, dueBy: string): SqlQuerySpec {
  const due = 'a.done = false AND NOT IS_DEFINED(a.withdrawnAt) AND a.dueDate <= @dueBy';
  return {
    query:
      `SELECT c.id, c.ref, c.childIds, c.categories, c.status, ARRAY(SELECT VALUE a FROM a IN c.actions WHERE ${due}) AS due ` +
      `FROM c WHERE ${CONCERNS} AND c.status != 'closed' AND EXISTS(SELECT VALUE a FROM a IN c.actions WHERE ${due})`,
    parameters: [
      { name: '@schoolId', value: schoolId },
      { name: '@dueBy', value: dueBy },
    ],
  };
}

export function childIdsSinceSql(schoolId: string, since: string): SqlQuerySpec {
  return {
    query: `SELECT VALUE c.childIds FROM c WHERE ${CONCERNS} AND c.occurredAt >= @since`,
    parameters: [
      { name: '@schoolId', value: schoolId },
      { name: '@since', value: since },
    ],
  };
}
