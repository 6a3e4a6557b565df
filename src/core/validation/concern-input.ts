import { z } from 'zod';
import { bodyMapSchema } from './body-map-input.js';
import { CHILD_ROLES } from '../model/concern.js';
import { cleanName, isoDateTime, nameText, personRef, recordId, requiredText, text } from './text.js';

export const LIMITS = { account: 20_000, shortText: 500, longText: 5_000, children: 30, people: 20 } as const;

const child = z.strictObject({
  childId: recordId,
  role: z.enum(CHILD_ROLES, { message: `must be one of: ${CHILD_ROLES.join(', ')}` }),
});

const parentsInformed = z
  .strictObject({ informed: z.boolean({ message: 'must be true or false' }), reason: text(LIMITS.longText).optional() })
  .refine((p) => p.informed || (p.reason ?? '').length > 0, {
    message: 'say why parents/carers were not informed',
    path: ['reason'],
  });

/**
 * A parent/carer or other adult involved: a clean name (no bidi or zero-width characters), their relationship to the
 * child, and their part in the incident. Markup in any of them is kept as text and escaped wherever it is shown.
 */
const otherPerson = z.strictObject({
  name: nameText(200),
  relationship: text(200).transform(cleanName).pipe(z.string().min(1, 'say how they are related to the child, e.g. mother, neighbour')),
  part: text(LIMITS.shortText).optional(),
});

const unique = <T>(items: T[], key: (t: T) => string) => new Set(items.map(key)).size === items.length;

/** The fields of a concern's content, none defaulted: the base of both create and edit. */
export const concernFields = {
  children: z
    .array(child)
    .min(1, 'name at least one child')
    .max(LIMITS.children)
    .refine((cs) => unique(cs, (c) => c.childId), 'each child may appear only once'),
  otherPeople: z
    .array(otherPerson)
    .max(LIMITS.people, `name at most ${LIMITS.people} people involved; list any others in the account`)
    .refine((ps) => unique(ps, (p) => `${p.name.toLowerCase()}|${p.relationship.toLowerCase()}`), 'each person involved may appear only once'),
  categories: z
    .array(z.string().min(1).max(64))
    .min(1, 'choose at least one category')
    .max(20)
    .refine((cs) => new Set(cs).size === cs.length, 'each category may appear only once'),
  account: requiredText(LIMITS.account),
  occurredAt: isoDateTime,
  location: text(LIMITS.shortText),
  actionTaken: text(LIMITS.longText),
  parentsInformed,
  alertedStaff: z
    .array(personRef)
    .max(LIMITS.people)
    .refine((ps) => unique(ps, (p) => p.oid.toLowerCase()), 'each person may be alerted only once'),
  bodyMap: bodyMapSchema,
};

/** Everything a member of staff records when logging a concern. */
export const concernInputSchema = z.strictObject({
  ...concernFields,
  otherPeople: concernFields.otherPeople.default([]),
  location: concernFields.location.default(''),
  actionTaken: concernFields.actionTaken.default(''),
  alertedStaff: concernFields.alertedStaff.default([]),
  bodyMap: concernFields.bodyMap.optional(),
  /** "A child may be at immediate risk": set only when logging, so it cannot be quietly unset later. */
  urgent: z.boolean({ message: 'must be true or false' }).optional(),
});

export type ConcernInput = z.infer<typeof concernInputSchema>;
