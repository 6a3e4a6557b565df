import type { Timescale } from '../calendar/working-calendar.js';
import type { PersonRef } from './ids.js';

/** The stable agency ids every school has; a school may add its own (see referral settings). */
export const AGENCIES = ['childrens-social-care', 'early-help', 'camhs', 'police', 'lado', 'other'] as const;
export type StandardAgency = (typeof AGENCIES)[number];
/** One of AGENCIES or an id a school's admin added. */
export type Agency = string;

export const REFERRAL_METHODS = ['phone', 'email', 'letter', 'portal', 'meeting', 'in-person'] as const;
export const CONTACT_METHODS = ['letter', 'phone', 'email', 'meeting', 'portal'] as const;

export interface Milestone {
  key: string;
  label: string;
  /** Absent for milestones with no timescale of their own (e.g. the strategy discussion). */
  timescale?: Timescale;
  /** What the timescale runs from: the referral being made, or another milestone being recorded. */
  startsFrom: 'made' | { milestone: string };
  /** When it is due; absent until what it starts from has happened. */
  dueAt?: string;
  doneAt?: string;
  doneBy?: PersonRef;
}

export interface ReferralContact {
  id: string;
  at: string;
  direction: 'outgoing' | 'incoming';
  method: (typeof CONTACT_METHODS)[number];
  /** Who at the agency: a role or name, as the DSL records it. */
  who: string;
  /** Who at the agency as a person and their role (contacts recorded before this have only `who`). */
  whoName?: string;
  whoRole?: string;
  summary: string;
  nextChaseDate?: string;
  recordedBy: PersonRef;
}

export interface Referral {
  id: string;
  type: 'referral';
  schoolId: string;
  ref: string;
  concernId: string;
  childId: string;
  agency: Agency;
  /** The agency's name at the school when the referral was made. */
  agencyName?: string;
  madeAt: string;
  method: (typeof REFERRAL_METHODS)[number];
  reference: string;
  madeBy: PersonRef;
  status: 'open' | 'closed';
  outcome?: string;
  /** When and by whom it was closed (absent on referrals closed before this was kept). */
  closedAt?: string;
  closedBy?: PersonRef;
  milestones: Milestone[];
  contacts: ReferralContact[];
  /** Earliest due moment among open milestones; what the overdue sweep queries (absent when none is pending). */
  nextDueAt?: string;
  /** The next chase date of the latest contact (YYYY-MM-DD), and that contact: what the chase sweep queries. A later contact clears or moves it. */
  chaseOn?: string;
  chaseContactId?: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: PersonRef;
  auditHead: string;
  requestHash?: string;
}

export interface ReferralVersion {
  id: string;
  type: 'referralVersion';
  schoolId: string;
  referralId: string;
  version: number;
  changedBy: PersonRef;
  changedAt: string;
  changes: { field: string; before: unknown; after: unknown }[];
}
