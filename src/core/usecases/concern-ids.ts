import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../audit/canonical-json.js';
import { parseInput } from '../validation/parse.js';

const idempotencyKeySchema = z
  .string()
  .min(8, 'must be at least 8 characters (a UUID is ideal)')
  .max(128, 'must be at most 128 characters')
  .regex(/^[A-Za-z0-9_.:-]+$/, 'may contain only letters, digits and _ . : -');

export const validIdempotencyKey = (key: string) => parseInput(idempotencyKeySchema, key, 'Idempotency-Key');

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * A retried create with the same key from the same person in the same school
 * lands on the same id, so the store refuses the duplicate. Without a key, a
 * fresh random id.
 */
export function concernId(schoolId: string, oid: string, key: string | undefined, randomId: () => string): string {
  if (!key) return `c-${randomId()}`;
  return `c-${sha256(`${schoolId}\n${oid}\n${key}`).slice(0, 32)}`;
}

const REF_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A short reference people can read aloud (no 0/O or 1/I), derived from the id. */
export function concernRef(id: string): string {
  const digest = createHash('sha256').update(id).digest();
  let ref = '';
  for (let i = 0; i < 6; i++) ref += REF_ALPHABET[digest[i]! % REF_ALPHABET.length];
  return `C-${ref}`;
}

export const requestHash = (input: unknown) => sha256(canonicalJson(input));
