import type { SqlQuerySpec } from '@azure/cosmos';
import type { ReferralQuery } from '../core/ports/referral-store.js';
import { Where } from './sql.js';

/**
 * Referral queries. The "due by" form is the overdue sweep's: it reads only open
 * referrals with a pending milestone due by then (range on `nextDueAt`), so its
 * cost does not grow with closed history.
 */
export function referralQuerySql(schoolId: string, q: ReferralQuery): SqlQuerySpec {
  const where = new Where(schoolId, 'referral');
  if (q.status) where.add(`c.status = ${where.param('status', q.status)}`);
  if (q.agency) where.add(`c.agency = ${where.param('agency', q.agency)}`);
  if (q.childId) where.add(`c.childId = ${where.param('childId', q.childId)}`);
  if (q.ref) where.add(`c.ref = ${where.param('ref', q.ref)}`);
  if (q.concernId) where.add(`c.concernId = ${where.param('concernId', q.concernId)}`);
  if (q.dueBy) where.add(`c.nextDueAt <= ${where.param('dueBy', q.dueBy)}`);
  if (q.chaseBy) where.add(`c.chaseOn <= ${where.param('chaseBy', q.chaseBy)}`);
  const order = q.dueBy ? 'c.nextDueAt ASC' : q.chaseBy ? 'c.chaseOn ASC' : 'c.madeAt DESC';
  return where.toSpec('SELECT * FROM c', order);
}

export function referralVersionsSql(schoolId: string, referralId: string): SqlQuerySpec {
  const where = new Where(schoolId, 'referralVersion');
  where.add(`c.referralId = ${where.param('referralId', referralId)}`);
  return where.toSpec('SELECT * FROM c', 'c.version ASC');
}
