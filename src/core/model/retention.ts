import type { PersonRef } from './ids.js';

/** How long a closed child protection file is kept before review, in years from the child's date of birth. */
export interface RetentionSettings {
  defaultYears: number;
  /** Per category overrides; a file with several categories takes the longest. */
  categoryYears: Record<string, number>;
}

/** IRMS toolkit for schools: child protection records are reviewed at date of birth + 25 years. */
export const DEFAULT_RETENTION: RetentionSettings = { defaultYears: 25, categoryYears: {} };

/**
 * `years` after a YYYY-MM-DD date. A 29 February birthday lands on 1 March in a
 * year that has no 29 February (the day a person born on 29 February is
 * taken to reach an age in England and Wales).
 */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  return target.toISOString().slice(0, 10);
}

/** Which rule set a file's review date: the default, or the longest category override among its categories. */
export interface RetentionRule {
  id: string; // 'default:25' or 'category:send:30'
  years: number;
  category?: string;
}

export function retentionRule(categories: readonly string[], settings: RetentionSettings = DEFAULT_RETENTION): RetentionRule {
  let rule: RetentionRule = { id: `default:${settings.defaultYears}`, years: settings.defaultYears };
  for (const category of [...new Set(categories)].sort()) {
    const years = settings.categoryYears[category];
    if (years !== undefined && years > rule.years) rule = { id: `category:${category}:${years}`, years, category };
  }
  return rule;
}

export const reviewDateFor = (dateOfBirth: string, rule: RetentionRule) => addYears(dateOfBirth, rule.years);

/** A legal hold, or its release, as the DSL recorded it. */
export interface HoldChange {
  onHold: boolean;
  reason: string;
  by: PersonRef;
  at: string;
}

/**
 * Retention bookkeeping for one child's file: the legal hold and its history.
 * Id `retention:{childId}`; changes are chained in the audit trail.
 */
export interface RetentionRecord {
  id: string;
  type: 'retentionRecord';
  schoolId: string;
  childId: string;
  legalHold?: HoldChange;
  history: HoldChange[];
  version: number;
  updatedAt: string;
  auditHead: string;
}

export const retentionRecordId = (childId: string) => `retention:${childId}`;
export const tombstoneId = (childId: string) => `deletion:${childId}`;

/**
 * What is left of a deleted child protection file: who decided, when, under
 * which rule, and which documents went — ids only, no content. Written before
 * anything is deleted, so an interrupted deletion can be resumed from it.
 * `heads` keeps each deleted record's last audit hash, so its chain in the
 * (never deleted) audit trail can still be verified to its end.
 */
export interface DeletionTombstone {
  id: string;
  type: 'deletionTombstone';
  schoolId: string;
  childId: string;
  rule: string;
  reviewDate: string;
  reason: string;
  decidedBy: PersonRef;
  decidedAt: string;
  status: 'deleting' | 'deleted';
  completedAt?: string;
  records: { id: string; type: string }[];
  heads: { recordId: string; head: string }[];
  version: number;
  auditHead: string;
}
