import { createHash } from 'node:crypto';

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Deterministic with an Idempotency-Key (a retry lands on the same id), random otherwise. */
export function referralId(schoolId: string, oid: string, key: string | undefined, randomId: () => string): string {
  return key ? `r-${sha256(`${schoolId}\n${oid}\n${key}`).slice(0, 32)}` : `r-${randomId()}`;
}

/** A short reference a DSL can read out on the phone to an agency, e.g. R-7K3QF9. */
export function referralRef(id: string): string {
  const digest = createHash('sha256').update(id).digest();
  let ref = '';
  for (let i = 0; i < 6; i++) ref += ALPHABET[digest[i]! % ALPHABET.length];
  return `R-${ref}`;
}
