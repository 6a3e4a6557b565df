import type { Timescale } from '../calendar/working-calendar.js';
import type { PersonRef } from './ids.js';

export const AGENCIES = ['childrens-social-care', 'early-help', 'camhs', 'police', 'lado', 'other'] as const;
export type Agency = (typeof AGENCIES)[number];

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
  madeAt: string;
  method: (typeof REFERRAL_METHODS)[number];
  reference: string;
  madeBy: PersonRef;
  status: 'open' | 'closed';
  outcome?: string;
  milestones: Milestone[];
  contacts: ReferralContact[];
  /** Earliest due moment among open milestones; what the overdue sweep queries (absent when none is pending). */
  nextDueAt?: string;
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
