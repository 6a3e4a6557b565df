import { z } from 'zod';
import { isoDate } from '../validation/text.js';
import { CP_PLAN_CATEGORIES, STATUS_FLAGS } from './status-flag.js';

const oneOf = (values: readonly string[]) => ({ message: `must be one of: ${values.join(', ')}` });
const cpCategory = z.enum(CP_PLAN_CATEGORIES, oneOf(CP_PLAN_CATEGORIES));

/** A DSL sets a status from a date; a child protection plan needs its category. */
export const statusFlagInputSchema = z
  .strictObject({
    flag: z.enum(STATUS_FLAGS, oneOf(STATUS_FLAGS)),
    cpCategory: cpCategory.optional(),
    startDate: isoDate,
    endDate: isoDate.optional(),
  })
  .refine((f) => (f.flag === 'child-protection-plan') === (f.cpCategory !== undefined), {
    message: 'a child protection plan needs its category (and only a plan has one)',
    path: ['cpCategory'],
  })
  .refine((f) => !f.endDate || f.endDate >= f.startDate, { message: 'must not be before the start date', path: ['endDate'] });
export type StatusFlagInput = z.infer<typeof statusFlagInputSchema>;

export const statusFlagUpdateSchema = z.discriminatedUnion(
  'op',
  [
    z.strictObject({ op: z.literal('end'), endDate: isoDate }),
    z.strictObject({ op: z.literal('edit'), changes: z.strictObject({ startDate: isoDate.optional(), cpCategory: cpCategory.optional() }) }),
  ],
  { message: 'op must be one of: end, edit' },
);
export type StatusFlagUpdate = z.infer<typeof statusFlagUpdateSchema>;
