import { z } from 'zod';

// Control characters other than tab/newline/carriage return have no place in a record.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one: not a character.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Bidirectional controls (embeddings, overrides, isolates, marks) and zero-width characters: in a
 * name they make a screen show something other than what is stored, so names lose them.
 */
export const INVISIBLE_IN_NAMES = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF]/g;

/** True when `s` holds a UTF-16 surrogate that is not half of a pair. */
export const hasLoneSurrogate = (s: string) => LONE_SURROGATE.test(s);

/** A name as it should be shown: bidi controls and zero-width characters removed, spaces collapsed. */
export const cleanName = (s: string) => s.replace(INVISIBLE_IN_NAMES, '').replace(/\s+/g, ' ').trim();

/** Free text as a person typed it: trimmed, bounded, no control characters. Markup is kept as text and escaped on display. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !CONTROL.test(s), 'contains control characters; remove them')
    .refine((s) => !hasLoneSurrogate(s), 'contains a broken character (a lone surrogate); retype it');

export const requiredText = (max: number) => text(max).pipe(z.string().min(1, 'is required'));

/** A person's or group's name: like text, with invisible direction and zero-width characters removed. */
export const nameText = (max: number) => text(max).transform(cleanName).pipe(z.string().min(1, 'is required'));

export const guid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be an Entra object id (a GUID)');

export const recordId = z
  .string()
  .min(1, 'is required')
  .max(64, 'is too long to be a Lantern id')
  .regex(/^[A-Za-z0-9_.:-]+$/, 'is not a Lantern id');

/** Dates Lantern records: nothing before 1900, nothing past 2100 (a typed year gone wrong, not a real event). */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2100-12-31';
const sane = (s: string) => s.slice(0, 10) >= EARLIEST_DATE && s.slice(0, 10) <= LATEST_DATE;
const SANE_MESSAGE = `must be between ${EARLIEST_DATE.slice(0, 4)} and ${LATEST_DATE.slice(0, 4)}`;

export const isoDateTime = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date-time with a time zone, e.g. 2026-11-27T10:15:00Z' })
  .refine((s) => Number.isNaN(Date.parse(s)) || sane(new Date(s).toISOString()), SANE_MESSAGE);
export const isoDate = z.iso.date({ message: 'must be a date in the form YYYY-MM-DD' }).refine(sane, SANE_MESSAGE);

/**
 * A colleague named by their Entra object id. A name sent with it is accepted (older clients send one)
 * but never stored: the use case takes the name from the directory.
 */
export const personRef = z
  .strictObject({ oid: guid, name: z.string().max(200).optional() })
  .transform((p) => ({ oid: p.oid.toLowerCase(), name: '' }));
