import type { TermDates } from '../calendar/working-calendar.js';
import type { ReferralSettings } from './agency-timescales.js';
import type { Category } from './category.js';
import type { RetentionSettings } from './retention.js';

/**
 * Which Entra security groups grant which Lantern roles in one school.
 * Visibility of each category is expressed by the category-reader grants:
 * a category is readable by DSLs, by staff who logged or were alerted to a
 * concern, and by the groups granted it here.
 */
export interface AccessConfig {
  staffGroups: string[];
  dslGroups: string[];
  adminGroups: string[];
  categoryReaders: { groupId: string; label: string; categories: string[] }[];
  /** Head / deputy head: alerted when a referral stays overdue (escalation). */
  escalationGroups?: string[];
  /** Where the roster comes from besides CSV uploads: a School Data Sync school in Microsoft Graph. */
  rosterSource?: { sdsSchoolId: string };
}

export interface AlertSettings {
  /** Alert this many working days before a milestone falls due. */
  dueSoonWorkingDays: number;
  /** Escalate to the escalation groups when still overdue this many working days after the due date. */
  escalateAfterWorkingDays: number;
}

export const DEFAULT_ALERT_SETTINGS: AlertSettings = { dueSoonWorkingDays: 1, escalateAfterWorkingDays: 2 };

/** Concerns about adults (KCSIE Part 4): who the case managers are, and whether DSLs read these records. */
export interface AdultConcernSettings {
  /** Entra groups of the headteacher (and whoever the school names to act for them). */
  caseManagerGroups: string[];
  /** Entra groups of the chair of governors: case managers when it is about the headteacher. */
  chairGroups: string[];
  /** True when the school's policy lets DSLs read these records. */
  dslsRead: boolean;
}

export interface School {
  id: string;
  type: 'school';
  schoolId: string;
  tenantId: string;
  name: string;
  categories: Category[];
  access: AccessConfig;
  /** IANA time zone of the school; England is Europe/London. */
  timeZone: string;
  /** Term dates and closures, for school-day timescales. */
  calendar?: TermDates & { endOfDay?: string };
  alerts?: AlertSettings;
  /** Years from date of birth before a closed child protection file is reviewed; absent = DOB + 25 years. */
  retention?: RetentionSettings;
  /** Agencies and the milestones a new referral to each gets; absent = the defaults. */
  referralSettings?: ReferralSettings;
  /** Concerns about adults: case managers and DSL access; absent = nobody is a case manager yet. */
  adultConcerns?: AdultConcernSettings;
  /** Changes that widen access, waiting for a DSL other than the person who asked (two-person rule). */
  pendingAccessChanges?: PendingAccessChange[];
  /** Changes made to `access` since bootstrap, and the hash of the newest one's audit event (its chain head). */
  accessVersion?: number;
  accessAuditHead?: string;
}

/**
 * A change to the access configuration that widens who reads concern content.
 * It is stored, not applied, until a DSL other than `requestedBy` approves it.
 * `update` holds the fields as sent; they are applied to the configuration as
 * it is at approval. `summary` says in words what it does, for cards and pages.
 */
export interface PendingAccessChange {
  id: string;
  requestedBy: { oid: string; name: string };
  requestedAt: string;
  expiresAt: string;
  update: {
    staffGroups?: string[];
    dslGroups?: string[];
    adminGroups?: string[];
    escalationGroups?: string[];
    categoryReaders?: AccessConfig['categoryReaders'];
    rosterSource?: { sdsSchoolId: string } | null;
  };
  summary: string[];
}
