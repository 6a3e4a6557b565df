import type { Transfer } from '../../model/transfer.js';
import { allowRecords } from '../../policy/index.js';
import { details, type ChronologyEntry, type ChronologySource } from '../entry.js';
import { label, METHOD_LABELS } from '../labels.js';
import { allPages } from '../child-records.js';

/** The child protection file sent to the child's next school, and that school's confirmation of receipt. */
export const transferSource: ChronologySource = {
  kinds: [
    { id: 'transfer-sent', label: 'File sent to new school' },
    { id: 'transfer-received', label: 'New school confirmed receipt' },
  ],
  async entries({ deps, ctx, childId }) {
    if (!allowRecords(ctx.actor, 'manageTransfers')) return [];
    const transfers = await allPages((page) => deps.store.transfers.query(ctx.school.id, { childId }, page));
    return transfers.flatMap(entriesOf);
  },
};

function entriesOf(t: Transfer): ChronologyEntry[] {
  const base = { categories: [], record: { type: 'transfer', id: t.id, ref: t.ref } };
  const out: ChronologyEntry[] = [];
  if (t.sent) {
    const s = t.sent;
    out.push({ ...base, id: `transfer-sent:${t.id}`, kind: 'transfer-sent', at: s.at, recordedAt: s.at, by: s.recordedBy, title: `Child protection file sent to ${t.destination.name}`, details: details([['Method', label(METHOD_LABELS, s.method)], ['Sent to', s.to]]) });
  }
  if (t.receipt) {
    const r = t.receipt;
    out.push({ ...base, id: `transfer-received:${t.id}`, kind: 'transfer-received', at: r.at, recordedAt: r.at, by: r.recordedBy, title: `${t.destination.name} confirmed receipt of the file`, details: details([['Confirmed by', r.confirmedBy]]) });
  }
  return out;
}
