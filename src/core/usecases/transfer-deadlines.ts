import type { Deadline, DeadlineSource } from '../ports/deadline-source.js';

const MAX_PAGES = 1000;

/**
 * Transfer receipts as a deadline source: sent packs whose receipt is not
 * confirmed by the end of the 5th school day (or the chase date a DSL set).
 * The alert names the transfer's reference only, never the child.
 */
export const transferReceiptDeadlines: DeadlineSource = {
  name: 'transfer',
  dueSoonMs: 86_400_000,
  async *open(store, school, horizon): AsyncIterable<Deadline> {
    let cursor: string | undefined;
    for (let i = 0; i < MAX_PAGES; i++) {
      const page = await store.transfers.query(school.id, { status: 'sent', receiptDueBy: horizon.toISOString() }, { limit: 100, cursor });
      for (const t of page.items) {
        if (!t.receiptDueAt) continue;
        yield {
          recordType: 'transfer', recordId: t.id, ref: t.ref, label: `Receipt of transfer ${t.ref}`,
          dueAt: t.receiptDueAt, cycle: `c${t.deadlineCycle}`, path: `transfers/${encodeURIComponent(t.id)}`,
        };
      }
      cursor = page.cursor;
      if (!cursor) break;
    }
  },
};

/**
 * Transfers not yet sent as a deadline source (KCSIE): a file still being
 * prepared 5 school days after the child left (or on the 5th school day of
 * the new term) alerts the DSLs once, by the transfer's reference only.
 */
export const transferSendDeadlines: DeadlineSource = {
  name: 'transfer-send',
  dueSoonMs: 0,
  async *open(store, school, horizon): AsyncIterable<Deadline> {
    let cursor: string | undefined;
    for (let i = 0; i < MAX_PAGES; i++) {
      const page = await store.transfers.query(school.id, { status: 'preparing', sendDueBy: horizon.toISOString() }, { limit: 100, cursor });
      for (const t of page.items) {
        if (!t.sendDueAt) continue;
        yield {
          recordType: 'transfer', recordId: t.id, ref: t.ref, label: `Sending of transfer ${t.ref}`,
          dueAt: t.sendDueAt, cycle: 's1', path: `transfers/${encodeURIComponent(t.id)}`,
        };
      }
      cursor = page.cursor;
      if (!cursor) break;
    }
  },
};
