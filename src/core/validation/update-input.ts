import { z } from 'zod';
import { concernFields, LIMITS } from './concern-input.js';
import { PRIORITIES } from '../model/concern.js';
import { isoDate, personRef, recordId, requiredText } from './text.js';
import { parentalNotificationOp } from './parental-input.js';

export const TRIAGE_DECISIONS = [
  'no-further-action',
  'monitor',
  'further-information-needed',
  'early-help',
  'refer-to-agency',
] as const;

const edit = z.strictObject({
  op: z.literal('edit'),
  changes: z
    .strictObject(concernFields)
    .partial()
    .refine((c) => Object.values(c).some((v) => v !== undefined), 'say what to change'),
});

const priorityInput = z.strictObject({
  level: z.enum(PRIORITIES, { message: `must be one of: ${PRIORITIES.join(', ')}` }),
  reason: requiredText(LIMITS.shortText),
});

const triage = z.strictObject({
  op: z.literal('triage'),
  decision: z.enum(TRIAGE_DECISIONS, { message: `must be one of: ${TRIAGE_DECISIONS.join(', ')}` }),
  reasons: requiredText(LIMITS.longText),
  /** Red, amber or green with a reason; optional here, so older clients still triage. */
  priority: priorityInput.optional(),
});

/** A DSL sets or changes the priority (red, amber, green, with a reason) without deciding triage yet. */
const prioritise = z.strictObject({ op: z.literal('prioritise'), priority: priorityInput });

const close = z.strictObject({
  op: z.literal('close'),
  outcome: requiredText(LIMITS.longText),
  summary: requiredText(LIMITS.account),
  /** Close even though actions are still open (the first attempt lists them and asks). */
  confirmOpenActions: z.literal(true, { message: 'must be true to close with open actions' }).optional(),
});

const addAction = z.strictObject({
  op: z.literal('addAction'),
  description: requiredText(LIMITS.shortText),
  assignee: personRef,
  dueDate: isoDate,
});

const completeAction = z.strictObject({ op: z.literal('completeAction'), actionId: recordId });

/** One change to a concern: a correction, triage, closure or an action. */
export const concernUpdateSchema = z.discriminatedUnion('op', [edit, triage, prioritise, close, addAction, completeAction, parentalNotificationOp], {
  message: 'op must be one of: edit, triage, prioritise, close, addAction, completeAction, parentalNotification',
});

export type ConcernUpdate = z.infer<typeof concernUpdateSchema>;
