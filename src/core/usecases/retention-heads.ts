import type { Transfer } from '../model/transfer.js';
import type { Store } from '../ports/store.js';

/**
 * Chain heads the retention records and deletion tombstones hold: each
 * record's own, and — for a deleted file — the last audit hash of every
 * deleted concern, referral and retention record, so their chains (audit
 * events are never deleted) are still checked to their very end. Transfers
 * and received packs are records-for-life documents too: their heads are here.
 */
export async function retentionHeads(store: Store, schoolId: string): Promise<Map<string, string>> {
  const heads = new Map<string, string>();
  const [records, tombstones, received] = await Promise.all([store.retention.records(schoolId), store.retention.tombstones(schoolId), store.transfers.receivedFor(schoolId)]);
  for (const r of [...records, ...received, ...(await allTransfers(store, schoolId))]) heads.set(r.id, r.auditHead);
  for (const t of tombstones) {
    for (const h of t.heads) heads.set(h.recordId, h.head);
    heads.set(t.id, t.auditHead);
  }
  return heads;
}

async function allTransfers(store: Store, schoolId: string): Promise<Transfer[]> {
  const items: Transfer[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 10_000; i++) {
    const page = await store.transfers.query(schoolId, {}, { limit: 100, cursor });
    items.push(...page.items);
    cursor = page.cursor;
    if (!cursor) break;
  }
  return items;
}
