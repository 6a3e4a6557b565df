import type { ChildAdult, FamilyLink, FamilyLinkVersion } from '../family/family.js';
import type { AuditEvent } from '../model/audit-event.js';
import type { Versioned } from './store.js';

/** Family links and a child's adults, one school (partition) at a time; writes carry their audit event. */
export interface FamilyStore {
  createLink(link: FamilyLink, audit: AuditEvent): Promise<Versioned<FamilyLink>>;
  getLink(schoolId: string, id: string): Promise<Versioned<FamilyLink> | undefined>;
  replaceLink(next: FamilyLink, etag: string, version: FamilyLinkVersion, audit: AuditEvent): Promise<Versioned<FamilyLink>>;
  /** Every link naming the child, removed ones included. */
  linksOf(schoolId: string, childId: string): Promise<FamilyLink[]>;
  createAdult(adult: ChildAdult, audit: AuditEvent): Promise<Versioned<ChildAdult>>;
  adultsOf(schoolId: string, childId: string): Promise<ChildAdult[]>;
  /** Every link, link version and adult of the school, for the audit check. */
  all(schoolId: string): Promise<{ links: FamilyLink[]; linkVersions: FamilyLinkVersion[]; adults: ChildAdult[] }>;
}
