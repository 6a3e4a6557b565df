import type { ReceivedPack } from '../../model/transfer.js';
import { allowRecords } from '../../policy/index.js';
import type { ChronologyEntry, ChronologySource } from '../entry.js';

/**
 * Packs received from a child's previous school(s): the import itself and each
 * entry the pack holds, marked with where it came from. DSLs only. They carry
 * no categories of this school (the previous school's are text), so a category
 * filter leaves them out.
 */
export const receivedSource: ChronologySource = {
  kinds: [
    { id: 'received-pack', label: 'File received from previous school' },
    { id: 'received', label: 'Entry from previous school' },
  ],
  async entries({ deps, ctx, childId }) {
    if (!allowRecords(ctx.actor, 'manageTransfers')) return [];
    const packs = await deps.store.transfers.receivedFor(ctx.school.id, childId);
    return packs.flatMap((p) => [packEntry(p), ...p.entries.map((e, i) => entryOf(p, e, i))]);
  },
};

const recordOf = (p: ReceivedPack) => ({ type: 'receivedPack', id: p.id, ref: p.source.reference });

function packEntry(p: ReceivedPack): ChronologyEntry {
  const from = `${p.source.name}${p.source.urn ? ` (URN ${p.source.urn})` : ''}`;
  return { id: `received-pack:${p.id}`, kind: 'received-pack', at: p.importedAt, recordedAt: p.importedAt, by: p.importedBy, title: `Child protection file received from ${from}`, details: [{ label: 'Their reference', value: p.source.reference }], categories: [], record: recordOf(p) };
}

function entryOf(p: ReceivedPack, e: ReceivedPack['entries'][number], i: number): ChronologyEntry {
  return {
    id: `received:${p.id}:${i}`,
    kind: 'received',
    at: e.at ?? p.sentAt,
    recordedAt: p.importedAt,
    by: p.importedBy,
    title: `From ${p.source.name}: ${e.title}`,
    details: e.fields,
    categories: [],
    record: recordOf(p),
    section: e.section,
    receivedFrom: { ...p.source, sentAt: p.sentAt, packSha256: p.packSha256, importedAt: p.importedAt, importedBy: p.importedBy },
  };
}
