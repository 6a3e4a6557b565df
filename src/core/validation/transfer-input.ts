import { z } from 'zod';
import { CHASE_METHODS, SEND_METHODS } from '../model/transfer.js';
import { LIMITS } from './concern-input.js';
import { isoDate, isoDateTime, nameText, recordId, requiredText, text } from './text.js';

const schoolRef = z.strictObject({
  name: nameText(200),
  urn: z.string().regex(/^\d{6}$/, 'must be a 6-digit URN').optional(),
});

/** Start a transfer for a child who is leaving (from the roster's leavers, or by hand). */
export const transferInputSchema = z.strictObject({
  childId: recordId,
  destination: schoolRef,
});

const recordSent = z.strictObject({
  op: z.literal('recordSent'),
  at: isoDateTime,
  method: z.enum(SEND_METHODS, { message: `must be one of: ${SEND_METHODS.join(', ')}` }),
  to: requiredText(200),
});
const recordChase = z.strictObject({
  op: z.literal('recordChase'),
  at: isoDateTime,
  method: z.enum(CHASE_METHODS, { message: `must be one of: ${CHASE_METHODS.join(', ')}` }),
  who: requiredText(200),
  note: text(LIMITS.longText).default(''),
  nextChaseDate: isoDate.optional(),
});
const confirmReceipt = z.strictObject({ op: z.literal('confirmReceipt'), at: isoDateTime, confirmedBy: requiredText(200) });
const cancel = z.strictObject({ op: z.literal('cancel'), reason: requiredText(LIMITS.longText) });

/** One change to a transfer: sent, chased, receipt confirmed, or cancelled. */
export const transferUpdateSchema = z.discriminatedUnion('op', [recordSent, recordChase, confirmReceipt, cancel], {
  message: 'op must be one of: recordSent, recordChase, confirmReceipt, cancel',
});
export type TransferUpdate = z.infer<typeof transferUpdateSchema>;

const upn = z.string().regex(/^[A-Z]\d{11}[0-9A-Z]$/, 'must be a 13-character UPN');
const field = z.strictObject({ label: text(200), value: text(LIMITS.account) });
const entry = z.strictObject({
  recordType: text(64),
  recordId: text(200),
  version: z.number().int().min(0).optional(),
  title: text(500),
  at: isoDateTime.optional(),
  fields: z.array(field).max(100),
});
const section = z.strictObject({ key: text(64), title: text(200), entries: z.array(entry).max(5000) });

/** An incoming transfer pack's JSON (lantern-transfer-pack/1). Unknown fields are refused; the body size limit applies. */
export const transferPackSchema = z.strictObject({
  format: z.literal('lantern-transfer-pack/1', { message: 'must be a Lantern transfer pack (lantern-transfer-pack/1)' }),
  upn,
  reference: text(64),
  from: schoolRef,
  to: schoolRef,
  generatedAt: isoDateTime,
  file: z.looseObject({ sections: z.array(section).max(20) }),
});

/** Import an incoming pack onto a child in this school; the pack's UPN must be the child's. */
export const transferImportSchema = z.strictObject({
  childId: recordId,
  sentAt: isoDateTime.optional(),
  pack: transferPackSchema,
});

export const transferListQuerySchema = z.strictObject({
  status: z.enum(['preparing', 'sent', 'received', 'cancelled', 'awaiting-receipt']).optional(),
});

/** Building a pack takes no input: an empty JSON object. */
export const buildPackSchema = z.strictObject({});
