import { z } from 'zod';
import { PERSON_KINDS, type PersonKind } from '../model/disclosure-defaults.js';

const choice = z.enum(['redact', 'disclose'], { message: 'must be "redact" or "disclose"' });

/**
 * The school's disclosure defaults, one choice per kind of person. Kinds left
 * out keep what they are now.
 */
export const disclosureSettingsSchema = z.strictObject({
  defaults: z.strictObject(Object.fromEntries(PERSON_KINDS.map((k) => [k, choice.optional()])) as Record<PersonKind, z.ZodOptional<typeof choice>>, {
    message: `must be an object with a choice for some of: ${PERSON_KINDS.join(', ')}`,
  }),
});

export type DisclosureSettingsInput = z.infer<typeof disclosureSettingsSchema>;
