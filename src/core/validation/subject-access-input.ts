import { z } from 'zod';
import { IDENTITY_METHODS, PAUSE_REASONS, REQUEST_TYPES, REQUESTER_RELATIONSHIPS, WITHHOLDING_BASES } from '../model/subject-access.js';
import { isoDate, nameText, recordId, requiredText, text } from './text.js';

const identity = z
  .strictObject({ checked: z.boolean(), method: z.enum(IDENTITY_METHODS).optional(), checkedOn: isoDate.optional() })
  .refine((i) => !i.checked || (i.method && i.checkedOn), { message: 'when checked is true, say how (method) and when (checkedOn)', path: ['method'] });

/** Recording a request: who asked, when it arrived, for which child, whether their identity was checked. */
export const subjectAccessInputSchema = z.strictObject({
  childId: recordId,
  requester: z.strictObject({ name: nameText(200), relationship: z.enum(REQUESTER_RELATIONSHIPS) }),
  receivedOn: isoDate,
  /** Default: a subject access request. `educational-record`: a parent's request to see the educational record (15 school days). */
  requestType: z.enum(REQUEST_TYPES).optional(),
  identity,
  notes: text(2000).optional(),
});
export type SubjectAccessInput = z.output<typeof subjectAccessInputSchema>;

/** Changes to a request. Each is versioned and audited; all need If-Match. */
export const subjectAccessUpdateSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('extend'), reason: requiredText(2000), requesterToldOn: isoDate.optional() }),
  z.strictObject({ op: z.literal('pauseClock'), reason: z.enum(PAUSE_REASONS), from: isoDate, note: text(2000).optional() }),
  z.strictObject({ op: z.literal('resumeClock'), on: isoDate }),
  z.strictObject({ op: z.literal('recordIdentity'), method: z.enum(IDENTITY_METHODS), checkedOn: isoDate }),
  z.strictObject({ op: z.literal('reviewRedaction'), redactionId: z.string().regex(/^rd-[0-9a-f]{16}$/, 'is not a redaction id from the preview'), redact: z.boolean(), reason: requiredText(2000) }),
  z.strictObject({
    op: z.literal('withhold'),
    recordId,
    passage: requiredText(5000).optional(),
    basis: z.enum(WITHHOLDING_BASES, { message: `must be one of: ${WITHHOLDING_BASES.join(', ')}` }),
    note: requiredText(2000),
  }),
  z.strictObject({ op: z.literal('liftWithholding'), withholdingId: z.string().regex(/^w-[0-9]{1,4}$/, 'is not a withholding id from this request'), reason: requiredText(2000) }),
  z.strictObject({ op: z.literal('close'), outcome: requiredText(2000) }),
]);
export type SubjectAccessUpdate = z.output<typeof subjectAccessUpdateSchema>;

/** Releasing the export: the DSL confirms they reviewed the redactions. */
export const subjectAccessReleaseSchema = z.strictObject({
  confirmReviewed: z.literal(true, { message: 'must be true: review the redactions in the preview first' }),
});

export const subjectAccessListQuerySchema = z.strictObject({
  status: z.enum(['open', 'closed', 'due-soon', 'overdue']).optional(),
  childId: recordId.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(2000).optional(),
});

export const exportFileSchema = z.enum(['pdf', 'json'], { message: 'must be pdf or json' });
