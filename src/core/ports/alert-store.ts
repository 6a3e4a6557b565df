import type { Alert } from '../model/alert.js';
import type { Page, PageRequest, Versioned } from './store.js';

/** The outbox of referral alerts, one school (partition) at a time. */
export interface AlertStore {
  /** Creates the alert; false when an alert with this id was already raised. */
  raise(alert: Alert): Promise<boolean>;
  pending(schoolId: string): Promise<Versioned<Alert>[]>;
  /** Records progress of a delivery; `version_conflict` if another sweeper got there first. */
  replace(alert: Alert, etag: string): Promise<Versioned<Alert>>;
  query(schoolId: string, query: { status?: Alert['status']; referralId?: string; excludeAudience?: Alert['audience'] }, page: PageRequest): Promise<Page<Alert>>;
}

/** One scheduler at a time across instances: a lease document with an expiry, renewed with If-Match. */
export interface LeaseStore {
  /** True if `holder` now holds the lease until `now + ttlMs`. */
  acquire(name: string, holder: string, ttlMs: number, now: Date): Promise<boolean>;
  release(name: string, holder: string): Promise<void>;
}
