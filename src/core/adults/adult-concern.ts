import type { FieldChange } from '../model/concern.js';
import type { PersonRef } from '../model/ids.js';

/**
 * A concern about an adult who works with children (KCSIE Part 4): a low-level
 * concern (below the harms threshold) or an allegation (that may meet it). It is
 * not a child's record: children are linked from it, never the other way round,
 * and only the school's case managers (and DSLs, where the school says so) read it.
 */
export const ADULT_CONCERN_KINDS = ['low-level', 'allegation'] as const;
export type AdultConcernKind = (typeof ADULT_CONCERN_KINDS)[number];

/** Who the adult is to the school when they are not on its staff directory. */
export const OTHER_ADULT_ROLES = ['supply-worker', 'volunteer', 'contractor'] as const;
export type OtherAdultRole = (typeof OTHER_ADULT_ROLES)[number];

/** The four limbs of the harms threshold (KCSIE Part 4, paragraph 1). */
export const HARMS_THRESHOLD = ['harmed-child', 'criminal-offence', 'risk-of-harm', 'not-suitable'] as const;
export type HarmsThreshold = (typeof HARMS_THRESHOLD)[number];

/** Outcomes as KCSIE defines them. */
export const ALLEGATION_OUTCOMES = ['substantiated', 'malicious', 'false', 'unsubstantiated', 'unfounded'] as const;
export type AllegationOutcome = (typeof ALLEGATION_OUTCOMES)[number];

export const OUTCOME_DEFINITIONS: Record<AllegationOutcome, string> = {
  substantiated: 'There is sufficient evidence to prove the allegation.',
  malicious: 'There is sufficient evidence to disprove the allegation and there has been a deliberate act to deceive.',
  false: 'There is sufficient evidence to disprove the allegation.',
  unsubstantiated: 'There is insufficient evidence either to prove or disprove the allegation.',
  unfounded: 'There is no evidence or proper basis which supports the allegation.',
};

export type AdultSubject =
  | { kind: 'staff'; oid: string; name: string }
  | { kind: OtherAdultRole; name: string; organisation: string };

/** Who handles it: the headteacher's group, or the chair of governors when it is about the headteacher. */
export type CaseManagerRoute = 'headteacher' | 'chair';

export interface LadoContact {
  at: string;
  by: PersonRef;
  summary: string;
}

export interface LadoReferral {
  /** End of the working day after the allegation was recorded. */
  dueAt: string;
  referredAt?: string;
  referredBy?: PersonRef;
  advice?: string;
  contacts: LadoContact[];
}

export interface AllegationOutcomeRecord {
  outcome: AllegationOutcome;
  decidedAt: string; // YYYY-MM-DD
  decidedBy: PersonRef;
  summary: string;
  /** What follows: a referral to the DBS, to the teaching regulator, none. */
  referrals: ('dbs' | 'teaching-regulator')[];
  /** Malicious or false: the person asked for the record to be kept on their file. */
  keepAtPersonsRequest?: boolean;
}

/** When and why the record comes up for review (retention by outcome). */
export interface RetentionReview {
  reviewOn?: string; // YYYY-MM-DD; absent = when the person leaves
  action: 'review' | 'remove-from-personnel-record';
  basis: string;
}

export interface AdultConcern {
  id: string;
  type: 'adultConcern';
  schoolId: string;
  /** e.g. A-7K3QF9: read out to the LADO, never a name. */
  ref: string;
  kind: AdultConcernKind;
  subject: AdultSubject;
  route: CaseManagerRoute;
  selfReport: boolean;
  /** What was alleged or observed, in the words of the person raising it. */
  account: string;
  occurredAt: string;
  /** Children involved: linked, never put on their chronology. */
  childIds: string[];
  harms?: HarmsThreshold[];
  status: 'open' | 'closed';
  initialConsideration?: { at: string; by: PersonRef; summary: string };
  lado?: LadoReferral;
  /** Denormalised for the sweep: the LADO due moment while no referral is recorded. */
  ladoDueAt?: string;
  /** Low-level concerns: what the case manager did. */
  review?: { at: string; by: PersonRef; actionTaken: string };
  outcome?: AllegationOutcomeRecord;
  retention?: RetentionReview;
  createdBy: PersonRef;
  recordedAt: string;
  version: number;
  updatedAt: string;
  updatedBy: PersonRef;
  auditHead: string;
  requestHash?: string;
}

export interface AdultConcernVersion {
  id: string; // `${id}:v${version}`
  type: 'adultConcernVersion';
  schoolId: string;
  adultConcernId: string;
  version: number;
  changedBy: PersonRef;
  changedAt: string;
  changes: FieldChange[];
}

export type { AdultConcernSettings } from '../model/school.js';
import type { AdultConcernSettings } from '../model/school.js';

export const NO_ADULT_SETTINGS: AdultConcernSettings = { caseManagerGroups: [], chairGroups: [], dslsRead: false };

export const RECORD_TYPE = 'adultConcern';
