import type { FieldChange } from '../model/concern.js';
import type { PersonRef } from '../model/ids.js';

export const STATUS_FLAGS = [
  'child-protection-plan', 'child-in-need', 'looked-after', 'previously-looked-after', 'early-help', 'young-carer',
  'private-fostering', 'open-to-social-care', 'sen-support', 'ehcp', 'pupil-premium',
] as const;
export type StatusFlagKind = (typeof STATUS_FLAGS)[number];

export const CP_PLAN_CATEGORIES = ['neglect', 'physical-abuse', 'emotional-abuse', 'sexual-abuse', 'multiple'] as const;
export type CpPlanCategory = (typeof CP_PLAN_CATEGORIES)[number];

/**
 * Which concern category's readers may also see a flag. Every other flag is a
 * safeguarding flag, seen by DSLs only.
 */
export const FLAG_READER_CATEGORY: Partial<Record<StatusFlagKind, string>> = {
  'sen-support': 'send',
  ehcp: 'send',
  'pupil-premium': 'ppg',
};

/** One period a child had a status: from its start date until its end date (open while none). */
export interface StatusFlag {
  id: string;
  type: 'statusFlag';
  schoolId: string;
  childId: string;
  flag: StatusFlagKind;
  /** The category of a child protection plan. */
  cpCategory?: CpPlanCategory;
  startDate: string; // YYYY-MM-DD
  endDate?: string; // YYYY-MM-DD
  source: 'dsl' | 'roster';
  createdBy: PersonRef;
  recordedAt: string;
  version: number;
  updatedAt: string;
  updatedBy: PersonRef;
  auditHead: string;
  requestHash?: string;
}

export interface StatusFlagVersion {
  id: string; // `${flagId}:v${version}`
  type: 'statusFlagVersion';
  schoolId: string;
  statusFlagId: string;
  version: number;
  changedBy: PersonRef;
  changedAt: string;
  changes: FieldChange[];
}

/** Open on `today` (YYYY-MM-DD): started, and not yet ended. */
export const isCurrent = (f: Pick<StatusFlag, 'startDate' | 'endDate'>, today: string) =>
  f.startDate <= today && (!f.endDate || f.endDate > today);
