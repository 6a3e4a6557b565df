import type { Container } from '@azure/cosmos';
import { LanternError } from '../core/errors.js';
import type { LeaseStore } from '../core/ports/alert-store.js';
import { guard } from './cosmos-errors.js';

interface Lease {
  id: string;
  holder: string;
  expiresAt: string;
}

/**
 * Leases in the `leases` container: create when absent, otherwise take over
 * only an expired lease (or renew one's own) with If-Match, so exactly one
 * contender wins a race.
 */
export function createLeaseStore(leases: Container): LeaseStore {
  return {
    async acquire(name, holder, ttlMs, now) {
      const lease: Lease = { id: name, holder, expiresAt: new Date(now.getTime() + ttlMs).toISOString() };
      const { resource, etag } = await guard(() => leases.item(name, name).read<Lease>());
      try {
        if (!resource) await guard(() => leases.items.create(lease));
        else if (resource.holder === holder || Date.parse(resource.expiresAt) <= now.getTime()) {
          await guard(() => leases.item(name, name).replace(lease, { accessCondition: { type: 'IfMatch', condition: etag! } }));
        } else return false;
        return true;
      } catch (e) {
        if (e instanceof LanternError && (e.code === 'already_exists' || e.code === 'version_conflict')) return false;
        throw e;
      }
    },
    async release(name, holder) {
      const { resource, etag } = await guard(() => leases.item(name, name).read<Lease>());
      if (!resource || resource.holder !== holder) return;
      const expired = { ...resource, expiresAt: new Date(0).toISOString() };
      await guard(() => leases.item(name, name).replace(expired, { accessCondition: { type: 'IfMatch', condition: etag! } })).catch(() => undefined);
    },
  };
}
