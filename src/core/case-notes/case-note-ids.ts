import { createHash } from 'node:crypto';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Deterministic with an Idempotency-Key (a retry lands on the same id), random otherwise. */
export const caseNoteId = (schoolId: string, oid: string, key: string | undefined, randomId: () => string) =>
  key ? `n-${sha256(`${schoolId}\n${oid}\n${key}`).slice(0, 32)}` : `n-${randomId()}`;

/** The action a note's follow-up date becomes; one per note, so a retried write cannot add two. */
export const followUpActionId = (noteId: string) => `a-${noteId}`;
