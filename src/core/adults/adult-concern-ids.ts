import { createHash } from 'node:crypto';

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Deterministic with an Idempotency-Key (a retry lands on the same id), random otherwise. */
export const adultConcernId = (schoolId: string, oid: string, key: string | undefined, randomId: () => string) =>
  key ? `ac-${sha256(`adult\n${schoolId}\n${oid}\n${key}`).slice(0, 32)}` : `ac-${randomId()}`;

/** A short reference a case manager can read out to the LADO, e.g. A-7K3QF9. */
export function adultConcernRef(id: string): string {
  const digest = createHash('sha256').update(id).digest();
  let ref = '';
  for (let i = 0; i < 6; i++) ref += ALPHABET[digest[i]! % ALPHABET.length];
  return `A-${ref}`;
}
