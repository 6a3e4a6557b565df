import { z } from 'zod';
import { LIMITS } from '../validation/concern-input.js';
import { guid, isoDate, requiredText, text } from '../validation/text.js';

/** A DSL gives an action to a member of staff, named by their directory id only. */
export const assignActionSchema = z.strictObject({
  description: requiredText(LIMITS.shortText),
  assigneeOid: guid,
  dueDate: isoDate,
});

/** A DSL moves an action to someone else (and may move its due date), or withdraws it. */
export const changeActionSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('reassign'), assigneeOid: guid, dueDate: isoDate.optional() }),
  z.strictObject({ op: z.literal('withdraw'), reason: text(LIMITS.shortText).optional() }),
], { message: 'op must be one of: reassign, withdraw' });

/** The assignee (or a DSL) marks an action done, saying what was done. */
export const completeActionSchema = z.strictObject({ note: text(LIMITS.longText).default('') });

export type AssignActionInput = z.infer<typeof assignActionSchema>;
export type ChangeActionInput = z.infer<typeof changeActionSchema>;
