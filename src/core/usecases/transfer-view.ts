import type { Transfer } from '../model/transfer.js';

/** What a DSL sees of a transfer, with whether receipt is overdue at `now`. */
export function transferView(t: Transfer, now: Date, childName?: string) {
  const { auditHead: _a, requestHash: _r, type: _t, ...visible } = t;
  const overdue = t.status === 'sent' && t.receiptDueAt !== undefined && Date.parse(t.receiptDueAt) <= now.getTime();
  return { ...visible, childName, receiptOverdue: overdue };
}
