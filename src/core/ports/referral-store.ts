import type { AuditEvent } from '../model/audit-event.js';
import type { Referral, ReferralVersion } from '../model/referral.js';
import type { Page, PageRequest, Versioned } from './store.js';

export interface ReferralQuery {
  status?: 'open' | 'closed';
  agency?: string;
  childId?: string;
  concernId?: string;
  /** Only the referral with this reference, e.g. R-4K7Q2M. */
  ref?: string;
  /** Open referrals with a pending milestone due at or before this instant (the sweep's and "overdue" panels' query). */
  dueBy?: string;
  /** Referrals whose latest contact set a chase date on or before this date (YYYY-MM-DD). */
  chaseBy?: string;
}

/** Referrals, one school (partition) at a time; writes carry their audit event atomically. */
export interface ReferralStore {
  create(referral: Referral, audit: AuditEvent): Promise<Versioned<Referral>>;
  get(schoolId: string, id: string): Promise<Versioned<Referral> | undefined>;
  replace(next: Referral, etag: string, version: ReferralVersion, audit: AuditEvent): Promise<Versioned<Referral>>;
  query(schoolId: string, query: ReferralQuery, page: PageRequest): Promise<Page<Referral>>;
  versions(schoolId: string, referralId: string): Promise<ReferralVersion[]>;
}
