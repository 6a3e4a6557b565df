import { createHash } from 'node:crypto';
import type { Child } from './child.js';
import { retentionRule, reviewDateFor, type RetentionRule, type RetentionSettings } from './retention.js';

/** The few fields of a concern that retention needs (no content). */
export interface FileConcern {
  id: string;
  childIds: string[];
  categories: string[];
  status: string;
  closedAt?: string;
  version: number;
  auditHead: string;
}

export interface FileReferral {
  id: string;
  childId: string;
  status: string;
  version: number;
  auditHead: string;
}

/**
 * A child's child protection file: every concern that names the child and
 * every referral about them. It is closed when all of them are closed; only a
 * closed file gets a review date.
 */
export interface RetentionFile {
  childId: string;
  closed: boolean;
  closedAt?: string;
  concernIds: string[];
  /** Concerns that also name a child whose own file is still kept: they stay until that file goes. */
  sharedConcernIds: string[];
  referralIds: string[];
  categories: string[];
  rule: RetentionRule;
  reviewDate: string;
  /** Changes whenever any record of the file changes: a deletion must name the file as it was reviewed. */
  fingerprint: string;
  /** Each concern's and referral's newest audit hash, kept by a deletion's tombstone. */
  heads: { recordId: string; head: string }[];
}

export function buildFile(
  child: Pick<Child, 'id' | 'dateOfBirth'>,
  concerns: readonly FileConcern[],
  referrals: readonly FileReferral[],
  settings: RetentionSettings,
  deletedChildIds: ReadonlySet<string>,
  /** The child has other file documents (a pack received from a previous school). */
  holdsOther = false,
): RetentionFile | undefined {
  const mine = concerns.filter((c) => c.childIds.includes(child.id));
  const refs = referrals.filter((r) => r.childId === child.id);
  if (mine.length === 0 && refs.length === 0 && !holdsOther) return undefined;
  const categories = [...new Set(mine.flatMap((c) => c.categories))].sort();
  const rule = retentionRule(categories, settings);
  const closed = mine.every((c) => c.status === 'closed') && refs.every((r) => r.status === 'closed');
  const closedAt = mine.map((c) => c.closedAt ?? '').sort().at(-1) || undefined;
  const keptElsewhere = (c: FileConcern) => c.childIds.some((id) => id !== child.id && !deletedChildIds.has(id));
  return {
    childId: child.id,
    closed,
    closedAt,
    concernIds: mine.map((c) => c.id),
    sharedConcernIds: mine.filter(keptElsewhere).map((c) => c.id),
    referralIds: refs.map((r) => r.id),
    categories,
    rule,
    reviewDate: reviewDateFor(child.dateOfBirth, rule),
    fingerprint: fingerprint(mine, refs),
    heads: [...mine, ...refs].map((r) => ({ recordId: r.id, head: r.auditHead })),
  };
}

function fingerprint(concerns: readonly FileConcern[], referrals: readonly FileReferral[]): string {
  const parts = [...concerns, ...referrals].map((r) => `${r.id}@${r.version}`).sort();
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);
}

/** The files a DSL should review at `today`: closed, review date reached, not on hold, not deleted; oldest first. */
export function dueForReview<T extends { file: RetentionFile; onHold: boolean; deleted: boolean }>(files: readonly T[], today: string): T[] {
  return files
    .filter((f) => f.file.closed && !f.onHold && !f.deleted && f.file.reviewDate <= today)
    .sort((a, b) => a.file.reviewDate.localeCompare(b.file.reviewDate) || a.file.childId.localeCompare(b.file.childId));
}
