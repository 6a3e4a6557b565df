import type { ReceivedPack } from '../model/transfer.js';
import { allowRecords } from '../policy/index.js';
import type { Deps, RequestContext } from './context.js';

/**
 * Entries from packs received from a child's previous school(s), for the
 * chronology: each marked with where it came from (school, URN, reference,
 * when sent, pack hash). DSLs only; a category filter leaves them out (they
 * carry the previous school's categories as text, not this school's).
 */
export async function receivedEntries(deps: Deps, ctx: RequestContext, childId: string, q: { category?: string; from?: string; to?: string }) {
  if (!allowRecords(ctx.actor, 'manageTransfers') || q.category) return [];
  const packs = await deps.store.transfers.receivedFor(ctx.school.id, childId);
  return packs.flatMap((p) => p.entries.map((e, i) => entryOf(p, e, i))).filter((e) => (!q.from || e.at >= q.from) && (!q.to || e.at <= q.to));
}

function entryOf(p: ReceivedPack, e: ReceivedPack['entries'][number], i: number) {
  return {
    kind: 'received' as const,
    at: e.at ?? p.sentAt,
    id: `${p.id}:${i}`,
    section: e.section,
    title: e.title,
    fields: e.fields,
    receivedFrom: { ...p.source, sentAt: p.sentAt, packSha256: p.packSha256, importedAt: p.importedAt, importedBy: p.importedBy },
  };
}
