import { z } from 'zod';
import { guid, isoDate, isoDateTime, nameText, recordId, requiredText } from '../validation/text.js';
import { ADULT_CONCERN_KINDS, ALLEGATION_OUTCOMES, HARMS_THRESHOLD, OTHER_ADULT_ROLES } from './adult-concern.js';

const oneOf = (values: readonly string[]) => ({ message: `must be one of: ${values.join(', ')}` });

/** The adult: a member of staff by directory id (their name comes from the directory), or a named person from outside. */
const subject = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('staff'), oid: guid.transform((s) => s.toLowerCase()) }),
    z.strictObject({ kind: z.enum(OTHER_ADULT_ROLES), name: nameText(200), organisation: nameText(200) }),
  ],
  { message: `kind must be one of: staff, ${OTHER_ADULT_ROLES.join(', ')}` },
);

export const adultConcernInputSchema = z
  .strictObject({
    kind: z.enum(ADULT_CONCERN_KINDS, oneOf(ADULT_CONCERN_KINDS)),
    subject: subject.optional(),
    /** A self-report: the adult is the person logging it. */
    selfReport: z.boolean().default(false),
    account: requiredText(5_000),
    occurredAt: isoDateTime,
    childIds: z.array(recordId).max(20, 'must name at most 20 children').default([]),
    harms: z.array(z.enum(HARMS_THRESHOLD, oneOf(HARMS_THRESHOLD))).max(4).optional(),
    /** Set when the person logging it knows it is about the headteacher: it then goes to the chair of governors. */
    aboutHeadteacher: z.boolean().default(false),
  })
  .refine((i) => i.selfReport !== (i.subject !== undefined), {
    message: 'name the adult (subject), or leave it out and set selfReport for a concern about yourself',
    path: ['subject'],
  })
  .refine((i) => i.kind === 'allegation' || i.harms === undefined, {
    message: 'is only for allegations (a low-level concern does not meet the harms threshold)',
    path: ['harms'],
  });
export type AdultConcernInput = z.infer<typeof adultConcernInputSchema>;

export const adultConcernUpdateSchema = z.discriminatedUnion(
  'op',
  [
    z.strictObject({ op: z.literal('initialConsideration'), summary: requiredText(5_000) }),
    z.strictObject({ op: z.literal('ladoReferral'), referredAt: isoDateTime, advice: requiredText(5_000).optional() }),
    z.strictObject({ op: z.literal('ladoContact'), at: isoDateTime, summary: requiredText(5_000) }),
    z.strictObject({ op: z.literal('review'), actionTaken: requiredText(5_000) }),
    z.strictObject({
      op: z.literal('outcome'),
      outcome: z.enum(ALLEGATION_OUTCOMES, oneOf(ALLEGATION_OUTCOMES)),
      decidedAt: isoDate,
      summary: requiredText(5_000),
      referrals: z.array(z.enum(['dbs', 'teaching-regulator'], oneOf(['dbs', 'teaching-regulator']))).max(2).default([]),
      keepAtPersonsRequest: z.boolean().optional(),
      /** The date the person reaches normal pension age, when the school knows it. */
      pensionAgeOn: isoDate.optional(),
    }),
    z.strictObject({ op: z.literal('treatAsAllegation'), harms: z.array(z.enum(HARMS_THRESHOLD, oneOf(HARMS_THRESHOLD))).min(1, 'name at least one limb of the harms threshold').max(4) }),
    z.strictObject({ op: z.literal('close'), leftOn: isoDate.optional() }),
  ],
  { message: 'op must be one of: initialConsideration, ladoReferral, ladoContact, review, outcome, treatAsAllegation, close' },
);
export type AdultConcernUpdate = z.infer<typeof adultConcernUpdateSchema>;

export const listAdultConcernsQuerySchema = z.strictObject({
  kind: z.enum(ADULT_CONCERN_KINDS, oneOf(ADULT_CONCERN_KINDS)).optional(),
  status: z.enum(['open', 'closed']).optional(),
});

export const adultConcernSettingsSchema = z.strictObject({
  caseManagerGroups: z.array(guid.transform((s) => s.toLowerCase())).max(10).min(1, 'name at least one group of case managers (the headteacher)'),
  chairGroups: z.array(guid.transform((s) => s.toLowerCase())).max(10).default([]),
  dslsRead: z.boolean(),
});
