import { z } from 'zod';
import { AGENCIES, CONTACT_METHODS, REFERRAL_METHODS } from '../model/referral.js';
import { isoDate, isoDateTime, recordId, requiredText, text, nameText } from './text.js';

const oneOf = (values: readonly string[]) => ({ message: `must be one of: ${values.join(', ')}` });

/** A referral to an outside agency, as the DSL records it. */
export const referralInputSchema = z.strictObject({
  concernId: recordId,
  childId: recordId,
  // One of the school's agencies (the stable ids or its own); the use case checks which the school has.
  agency: z.string().min(1, 'is required').max(40, `must be an agency id, e.g. ${AGENCIES.join(', ')}`).regex(/^[a-z0-9-]+$/, `must be an agency id, e.g. ${AGENCIES.join(', ')}`),
  madeAt: isoDateTime,
  method: z.enum(REFERRAL_METHODS, oneOf(REFERRAL_METHODS)),
  reference: text(200).default(''),
});
export type ReferralInput = z.infer<typeof referralInputSchema>;

/** One entry of the contact log: a letter, call, email, meeting or portal message. */
export const referralContactSchema = z.strictObject({
  at: isoDateTime,
  direction: z.enum(['outgoing', 'incoming'], oneOf(['outgoing', 'incoming'])),
  method: z.enum(CONTACT_METHODS, oneOf(CONTACT_METHODS)),
  /** Who at the agency, as one line (older clients); or as a person and a role (whoName, whoRole). */
  who: requiredText(200).optional(),
  whoName: nameText(200).optional(),
  whoRole: text(200).optional(),
  summary: requiredText(5_000),
  nextChaseDate: isoDate.optional(),
}).refine((c) => c.who || c.whoName || c.whoRole, { message: 'say who at the agency: whoName (a person) and/or whoRole (their role)', path: ['whoName'] });
export type ReferralContactInput = z.infer<typeof referralContactSchema>;

export const referralUpdateSchema = z.discriminatedUnion(
  'op',
  [
    z.strictObject({ op: z.literal('recordMilestone'), key: z.string().min(1).max(64), at: isoDateTime }),
    z.strictObject({ op: z.literal('edit'), changes: z.strictObject({ reference: text(200).optional(), method: z.enum(REFERRAL_METHODS).optional() }) }),
    z.strictObject({ op: z.literal('close'), outcome: requiredText(5_000) }),
  ],
  { message: 'op must be one of: recordMilestone, edit, close' },
);
export type ReferralUpdate = z.infer<typeof referralUpdateSchema>;
