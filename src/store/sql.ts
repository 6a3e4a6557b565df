import type { SqlParameter, SqlQuerySpec } from '@azure/cosmos';
import type { ConcernQuery, ConcernScope } from '../core/ports/store.js';

/**
 * SQL for the records container. Values always travel as parameters. Only
 * constructs the embedded server also understands are used: it has no
 * OFFSET/LIMIT, GROUP BY, DISTINCT or LIKE; EXISTS over a subquery,
 * ARRAY_CONTAINS with a parameter array and ORDER BY (composite orders need
 * a matching composite index, see containers.ts) work on both.
 */
export class Where {
  readonly clauses: string[];
  readonly parameters: SqlParameter[];

  constructor(schoolId: string, type: string) {
    this.clauses = ['c.schoolId = @schoolId', `c.type = '${type}'`];
    this.parameters = [{ name: '@schoolId', value: schoolId }];
  }

  param(name: string, value: SqlParameter['value']): string {
    this.parameters.push({ name: `@${name}`, value });
    return `@${name}`;
  }

  add(clause: string): void {
    this.clauses.push(clause);
  }

  toSpec(select: string, orderBy = ''): SqlQuerySpec {
    const query = `${select} WHERE ${this.clauses.join(' AND ')}${orderBy ? ` ORDER BY ${orderBy}` : ''}`;
    return { query, parameters: this.parameters };
  }
}

/** Every document of one type in the school's partition, oldest id first (whole-school checks, not hot paths). */
export const allOfType = (schoolId: string, type: string): SqlQuerySpec => new Where(schoolId, type).toSpec('SELECT * FROM c', 'c.id ASC');

const CONCERN_ORDERS: Record<ConcernQuery['order'], string> = {
  'recordedAt-asc': 'c.recordedAt ASC, c.id ASC',
  'recordedAt-desc': 'c.recordedAt DESC, c.id DESC',
  'occurredAt-asc': 'c.occurredAt ASC, c.id ASC',
};

/** `undefined` when the scope can match nothing, so no query is needed. */
export function concernQuerySql(schoolId: string, q: ConcernQuery): SqlQuerySpec | undefined {
  const where = new Where(schoolId, 'concern');
  const scope = scopeClause(where, q.scope);
  if (scope === null) return undefined;
  if (scope) where.add(scope);
  if (q.status) where.add(`c.status = ${where.param('status', q.status)}`);
  if (q.childId) where.add(`ARRAY_CONTAINS(c.childIds, ${where.param('childId', q.childId)})`);
  if (q.category) where.add(`ARRAY_CONTAINS(c.categories, ${where.param('category', q.category)})`);
  if (q.occurredFrom) where.add(`c.occurredAt >= ${where.param('occurredFrom', q.occurredFrom)}`);
  if (q.occurredTo) where.add(`c.occurredAt <= ${where.param('occurredTo', q.occurredTo)}`);
  if (q.urgent) where.add('c.urgent = true');
  if (q.ref) where.add(`c.ref = ${where.param('ref', q.ref)}`);
  (q.words ?? []).forEach((w, i) => where.add(`CONTAINS(LOWER(c.account), ${where.param(`word${i}`, w)})`));
  if (q.priority) where.add(`c.priority.level = ${where.param('priority', q.priority)}`);
  if (q.parentsNotInformed) where.add('c.parentsInformed.informed = false');
  return where.toSpec('SELECT * FROM c', CONCERN_ORDERS[q.order]);
}

/** '' = no restriction; null = matches nothing; otherwise an OR of the scope's conditions. */
function scopeClause(where: Where, scope: ConcernScope): string | null {
  if (scope.kind === 'all') return '';
  const others: string[] = [];
  const any = others;
  if (scope.alertedOid) any.push(`ARRAY_CONTAINS(c.alertedOids, ${where.param('alertedOid', scope.alertedOid)})`);
  if (scope.assigneeOid) any.push(`ARRAY_CONTAINS(c.actionOids, ${where.param('assigneeOid', scope.assigneeOid)})`);
  if (scope.categories?.length) {
    const categories = where.param('categories', scope.categories);
    any.push(`EXISTS(SELECT VALUE cat FROM cat IN c.categories WHERE ARRAY_CONTAINS(${categories}, cat))`);
  }
  const branches: string[] = [];
  if (scope.createdByOid) branches.push(`c.createdBy.oid = ${where.param('createdByOid', scope.createdByOid)}`);
  if (others.length) {
    const open = `(${others.join(' OR ')})`;
    if (scope.excludeCategories?.length) {
      // One ARRAY_CONTAINS per restricted category: far cheaper than a subquery, and a school has few.
      const hidden = scope.excludeCategories.map((cat, i) => `NOT ARRAY_CONTAINS(c.categories, ${where.param(`excluded${i}`, cat)})`);
      branches.push(`(${open} AND ${hidden.join(' AND ')})`);
    } else branches.push(open);
  }
  return branches.length ? `(${branches.join(' OR ')})` : null;
}

export function versionsSql(schoolId: string, concernId: string): SqlQuerySpec {
  const where = new Where(schoolId, 'concernVersion');
  where.add(`c.concernId = ${where.param('concernId', concernId)}`);
  return where.toSpec('SELECT * FROM c', 'c.version ASC');
}

export function childrenSql(schoolId: string, ids?: readonly string[]): SqlQuerySpec {
  const where = new Where(schoolId, 'child');
  if (ids) where.add(`ARRAY_CONTAINS(${where.param('ids', [...ids])}, c.id)`);
  return where.toSpec('SELECT * FROM c');
}

export function schoolsForTenantSql(tenantId: string): SqlQuerySpec {
  // The one cross-partition query: schools of a tenant span partitions. Not a hot path (callers cache).
  return {
    query: "SELECT * FROM c WHERE c.type = 'school' AND c.tenantId = @tenantId",
    parameters: [{ name: '@tenantId', value: tenantId }],
  };
}

/** Operator commands only (audit verify, sweeps): every school document, across partitions. */
export const allSchoolsSql = (): SqlQuerySpec => ({ query: "SELECT * FROM c WHERE c.type = 'school'" });
