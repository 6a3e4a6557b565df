import { z } from 'zod';
import { accessConfigUpdateSchema } from './access-input.js';
import { requiredText } from './text.js';

const access = accessConfigUpdateSchema.required({ staffGroups: true, dslGroups: true, adminGroups: true });

/** One school to create at first start, with its initial access configuration. */
export const schoolBootstrapSchema = access.extend({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be a short id of lower-case letters, digits and hyphens'),
  name: requiredText(200),
  timeZone: z.string().min(1).max(64).default('Europe/London'),
});
export type SchoolBootstrap = z.infer<typeof schoolBootstrapSchema>;

/**
 * LANTERN_SCHOOLS: a JSON array of schools to create when they do not exist
 * yet. It only bootstraps: once a school exists, its admins change access in
 * the tab (versioned and audited) and this setting is not applied again.
 */
export const schoolsBootstrapEnv = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON array of schools' });
      return z.NEVER;
    }
  })
  .pipe(z.array(schoolBootstrapSchema).min(1).max(100));
