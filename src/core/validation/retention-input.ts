import { z } from 'zod';
import { recordId, requiredText } from './text.js';

const years = z.number({ message: 'must be a number of years' }).int('must be a whole number of years').min(1, 'must be at least 1 year').max(100, 'must be at most 100 years');

/** Retention periods: years from date of birth, by default and per category. */
export const retentionSettingsSchema = z.strictObject({
  defaultYears: years,
  categoryYears: z.record(z.string().min(1).max(64), years).default({}),
});

/** Put a file on legal hold, or release it, with the reason. */
export const legalHoldSchema = z.strictObject({
  onHold: z.boolean({ message: 'must be true or false' }),
  reason: requiredText(1000),
});

/**
 * A DSL's decision to delete a reviewed file. They re-confirm by naming the
 * file as reviewed (its fingerprint), the rule it falls under, and a reason.
 */
export const deleteFileSchema = z.strictObject({
  confirm: z.literal(true, { message: 'must be true: deletion cannot be undone' }),
  fingerprint: z.string().regex(/^[0-9a-f]{32}$/, 'must be the fingerprint of the file as you reviewed it'),
  rule: recordId,
  reason: requiredText(500),
});

export const retentionListQuerySchema = z.strictObject({
  view: z.enum(['due', 'all']).default('due'),
});
