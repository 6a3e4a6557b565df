import { z } from 'zod';
import { isoDateTime, text } from '../validation/text.js';
import { CHRONOLOGY_KINDS } from './sources.js';

const KIND_IDS = new Set(CHRONOLOGY_KINDS.map((k) => k.id));

/** `kind=referral-contact,triage`: one or more kinds, each one a source declares. */
const kinds = z
  .string()
  .max(500)
  .transform((s) => s.split(',').map((k) => k.trim()).filter(Boolean))
  .refine((ks) => ks.every((k) => KIND_IDS.has(k)), { message: `must be kinds from: ${[...KIND_IDS].join(', ')}` });

/** The chronology's filters, the same for the page and the PDF. */
export const chronologyQuerySchema = z.strictObject({
  kind: kinds.optional(),
  category: z.string().max(64).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  q: text(200).optional(),
  order: z.enum(['oldest', 'newest'], { message: 'must be oldest or newest' }).optional(),
});

export type ChronologyQuery = z.infer<typeof chronologyQuerySchema>;
