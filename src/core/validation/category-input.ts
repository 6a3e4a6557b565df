import { z } from 'zod';
import { nameText } from './text.js';

/** One category as an admin or DSL edits it: an existing one keeps its id; a new one has none. */
const category = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be the id of one of this school\'s categories').optional(),
  name: nameText(80),
  active: z.boolean({ message: 'must be true or false' }).default(true),
  restricted: z.boolean({ message: 'must be true or false' }).default(false),
});

/** The school's whole list of categories: every existing one stays (retire, never delete); new ones are added. */
export const categorySettingsSchema = z.strictObject({
  categories: z
    .array(category)
    .min(1, 'keep at least one category')
    .max(60, 'at most 60 categories')
    .refine((cs) => new Set(cs.map((c) => c.name.toLowerCase())).size === cs.length, 'each category needs its own name')
    .refine((cs) => cs.some((c) => c.active), 'keep at least one category in use'),
});

export type CategorySettingsInput = z.infer<typeof categorySettingsSchema>;
