import { z } from 'zod';

// Control characters other than tab/newline/carriage return have no place in a record.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Free text as a person typed it: trimmed, bounded, no control characters. Markup is kept as text and escaped on display. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !CONTROL.test(s), 'contains control characters; remove them');

export const requiredText = (max: number) => text(max).pipe(z.string().min(1, 'is required'));

export const guid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be an Entra object id (a GUID)');

export const recordId = z
  .string()
  .min(1, 'is required')
  .max(64, 'is too long to be a Lantern id')
  .regex(/^[A-Za-z0-9_.:-]+$/, 'is not a Lantern id');

export const isoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with a time zone, e.g. 2026-11-27T10:15:00Z' });
export const isoDate = z.iso.date({ message: 'must be a date in the form YYYY-MM-DD' });

export const personRef = z.strictObject({ oid: guid, name: requiredText(200) });
