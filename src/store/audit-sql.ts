import type { SqlQuerySpec } from '@azure/cosmos';
import type { AuditQuery } from '../core/ports/audit-store.js';
import { Where } from './sql.js';

/** Bounds are inclusive: `from` <= at <= `to`. */
export function auditQuerySql(schoolId: string, q: AuditQuery): SqlQuerySpec {
  const where = new Where(schoolId, 'audit');
  if (q.oid) where.add(`c.oid = ${where.param('oid', q.oid)}`);
  if (q.recordId) where.add(`c.recordId = ${where.param('recordId', q.recordId)}`);
  if (q.recordIds) where.add(`ARRAY_CONTAINS(${where.param('recordIds', [...q.recordIds])}, c.recordId)`);
  if (q.action) where.add(`c.action = ${where.param('action', q.action)}`);
  if (q.outcome) where.add(`c.outcome = ${where.param('outcome', q.outcome)}`);
  if (q.from) where.add(`c.at >= ${where.param('from', q.from)}`);
  if (q.to) where.add(`c.at <= ${where.param('to', q.to)}`);
  if (q.excludeRecordTypes?.length) where.add(`NOT ARRAY_CONTAINS(${where.param('excludeRecordTypes', [...q.excludeRecordTypes])}, c.recordType)`);
  return where.toSpec('SELECT * FROM c', 'c.at DESC, c.id DESC');
}

export function allAuditSql(schoolId: string): SqlQuerySpec {
  return new Where(schoolId, 'audit').toSpec('SELECT * FROM c', 'c.at ASC, c.id ASC');
}

/** `from` <= at < `to`, oldest first. */
export function auditBetweenSql(schoolId: string, from: string | undefined, to: string): SqlQuerySpec {
  const where = new Where(schoolId, 'audit');
  if (from !== undefined) where.add(`c.at >= ${where.param('from', from)}`);
  where.add(`c.at < ${where.param('to', to)}`);
  return where.toSpec('SELECT * FROM c', 'c.at ASC, c.id ASC');
}

/** A school's anchors, oldest day first (one field: no composite index needed). */
export function anchorsSql(schoolId: string): SqlQuerySpec {
  return new Where(schoolId, 'auditAnchor').toSpec('SELECT * FROM c', 'c.day ASC');
}
