import type { Container } from '@azure/cosmos';
import { LanternError } from '../core/errors.js';
import type { Alert } from '../core/model/alert.js';
import type { AlertStore } from '../core/ports/alert-store.js';
import type { Versioned } from '../core/ports/store.js';
import { guard } from './cosmos-errors.js';
import { stripSystemFields, toVersioned } from './documents.js';
import { queryPage } from './paging.js';
import { Where } from './sql.js';

/** The alert outbox in each school's partition of `records`. */
export function createAlertStore(records: Container): AlertStore {
  return {
    async raise(alert) {
      try {
        await guard(() => records.items.create(alert), 'This alert');
        return true;
      } catch (e) {
        if (e instanceof LanternError && e.code === 'already_exists') return false;
        throw e;
      }
    },
    async pending(schoolId) {
      const where = new Where(schoolId, 'alert');
      where.add("c.status = 'pending'");
      const spec = where.toSpec('SELECT * FROM c', 'c.raisedAt ASC');
      const { resources } = await guard(() => records.items.query(spec, { partitionKey: schoolId }).fetchAll());
      return resources.map((doc) => toVersioned<Alert>(doc));
    },
    async replace(alert, etag): Promise<Versioned<Alert>> {
      const { resource, etag: next } = await guard(
        () => records.item(alert.id, alert.schoolId).replace(alert, { accessCondition: { type: 'IfMatch', condition: etag } }),
        'This alert',
      );
      return { value: stripSystemFields<Alert>(resource ?? alert), etag: next };
    },
    query(schoolId, q, page) {
      const where = new Where(schoolId, 'alert');
      if (q.status) where.add(`c.status = ${where.param('status', q.status)}`);
      if (q.referralId) where.add(`c.referralId = ${where.param('referralId', q.referralId)}`);
      if (q.excludeAudience) where.add(`(NOT IS_DEFINED(c.audience) OR c.audience != ${where.param('excludeAudience', q.excludeAudience)})`);
      return queryPage<Alert>(records, schoolId, where.toSpec('SELECT * FROM c', 'c.raisedAt DESC'), page);
    },
  };
}
