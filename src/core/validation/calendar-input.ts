import { z } from 'zod';
import { isoDate } from './text.js';

const term = z
  .strictObject({ start: isoDate, end: isoDate })
  .refine((t) => t.start <= t.end, { message: 'a term must end on or after the day it starts', path: ['end'] });

/** A school's terms and closure days (INSET, snow days), for timescales counted in school days. */
export const schoolCalendarSchema = z.strictObject({
  terms: z
    .array(term)
    .max(30, 'list at most 30 terms')
    .refine((ts) => [...ts].sort((a, b) => a.start.localeCompare(b.start)).every((t, i, s) => i === 0 || s[i - 1]!.end < t.start), 'terms must not overlap'),
  closures: z.array(isoDate).max(200, 'list at most 200 closure days').default([]),
  endOfDay: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day, HH:MM').default('17:00'),
});
export type SchoolCalendarInput = z.infer<typeof schoolCalendarSchema>;
