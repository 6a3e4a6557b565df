import { createHash } from 'node:crypto';

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Deterministic with an Idempotency-Key (a retry lands on the same id), random otherwise. */
export function subjectAccessId(schoolId: string, oid: string, key: string | undefined, randomId: () => string): string {
  return key ? `sar-${sha256(`${schoolId}\n${oid}\n${key}`).slice(0, 32)}` : `sar-${randomId()}`;
}

/** A short reference that names no child, e.g. S-7K3QF9: what alerts and the released files show. */
export function subjectAccessRef(id: string): string {
  const digest = createHash('sha256').update(id).digest();
  let ref = '';
  for (let i = 0; i < 6; i++) ref += ALPHABET[digest[i]! % ALPHABET.length];
  return `S-${ref}`;
}
