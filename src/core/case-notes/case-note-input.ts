import { z } from 'zod';
import { isoDate, isoDateTime, recordId, requiredText, text } from '../validation/text.js';
import { CASE_NOTE_KINDS, CASE_NOTE_METHODS, RELATIONSHIPS } from './case-note.js';

const oneOf = (values: readonly string[]) => ({ message: `must be one of: ${values.join(', ')}` });

const notePerson = z.strictObject({
  name: requiredText(200),
  relationship: z.enum(RELATIONSHIPS, oneOf(RELATIONSHIPS)),
  organisation: text(200).optional(),
});

/** A case note as a member of staff records it: on a child, or on one of the child's concerns. */
export const caseNoteInputSchema = z.strictObject({
  childId: recordId,
  concernId: recordId.optional(),
  kind: z.enum(CASE_NOTE_KINDS, oneOf(CASE_NOTE_KINDS)),
  method: z.enum(CASE_NOTE_METHODS, oneOf(CASE_NOTE_METHODS)),
  occurredAt: isoDateTime,
  with: z.array(notePerson).max(10, 'must name at most 10 people').default([]),
  summary: requiredText(5_000),
  followUpDate: isoDate.optional(),
});
export type CaseNoteInput = z.infer<typeof caseNoteInputSchema>;

/** Corrections to a note, or marking a child-only note's follow-up done. */
export const caseNoteUpdateSchema = z.discriminatedUnion(
  'op',
  [
    z.strictObject({
      op: z.literal('edit'),
      changes: z.strictObject({
        kind: z.enum(CASE_NOTE_KINDS, oneOf(CASE_NOTE_KINDS)).optional(),
        method: z.enum(CASE_NOTE_METHODS, oneOf(CASE_NOTE_METHODS)).optional(),
        occurredAt: isoDateTime.optional(),
        with: z.array(notePerson).max(10, 'must name at most 10 people').optional(),
        summary: requiredText(5_000).optional(),
      }),
    }),
    z.strictObject({ op: z.literal('completeFollowUp') }),
  ],
  { message: 'op must be one of: edit, completeFollowUp' },
);
export type CaseNoteUpdate = z.infer<typeof caseNoteUpdateSchema>;

export const listCaseNotesQuerySchema = z
  .strictObject({ childId: recordId.optional(), concernId: recordId.optional() })
  .refine((q) => Boolean(q.childId) !== Boolean(q.concernId), { message: 'give exactly one of childId or concernId' });
