import { createHash } from 'node:crypto';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Deterministic with an Idempotency-Key, random otherwise. */
export const statusFlagId = (schoolId: string, oid: string, key: string | undefined, randomId: () => string) =>
  key ? `sf-${sha256(`${schoolId}\n${oid}\n${key}`).slice(0, 32)}` : `sf-${randomId()}`;

/** A roster-sourced period: one per child, status and start date, so re-importing the same roster adds nothing. */
export const rosterFlagId = (childId: string, flag: string, startDate: string) =>
  `sf-r-${sha256(`${childId}\n${flag}\n${startDate}`).slice(0, 32)}`;
