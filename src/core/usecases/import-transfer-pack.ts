import { chainedEvent } from '../audit/audit-writer.js';
import { canonicalJson } from '../audit/canonical-json.js';
import { LanternError, invalid } from '../errors.js';
import { receivedPackId, type ReceivedPack } from '../model/transfer.js';
import { parseInput } from '../validation/parse.js';
import { transferImportSchema } from '../validation/transfer-input.js';
import { sha256Hex } from './build-subject-access-export.js';
import type { Deps, RequestContext } from './context.js';
import { requireRecordsAbility } from './records-guard.js';
import { DSL_ONLY } from './transfer-access.js';

/**
 * Imports a pack received from a child's previous school onto their
 * chronology, with its provenance: the sending school (name, URN), when it was
 * sent, and the SHA-256 of the pack as received. The pack's UPN must be the
 * child's. Importing the same pack again returns the first import.
 */
export async function importTransferPack(deps: Deps, ctx: RequestContext, body: unknown) {
  await requireRecordsAbility(deps, ctx, 'manageTransfers', { action: 'transfer.import', recordType: 'transferIn', recordId: '-' }, DSL_ONLY);
  const input = parseInput(transferImportSchema, body, 'transfer pack');
  const [child] = await deps.store.children.getMany(ctx.school.id, [input.childId]);
  if (!child) throw invalid('childId: no such child in this school.', [{ path: 'childId', message: 'no such child in this school' }]);
  if (child.upn !== input.pack.upn) {
    throw invalid("pack.upn: the pack is for a different pupil (UPN does not match this child's).", [{ path: 'pack.upn', message: "does not match this child's UPN" }]);
  }
  const packSha256 = sha256Hex(Buffer.from(canonicalJson(input.pack), 'utf8'));
  const id = receivedPackId(child.id, packSha256);
  const existing = await deps.store.transfers.getReceived(ctx.school.id, id);
  if (existing) return { received: existing, replayed: true };
  const event = chainedEvent(deps, ctx, { action: 'transfer.import', recordType: 'transferIn', recordId: id }, 1);
  const received: ReceivedPack = {
    id, type: 'transferIn', schoolId: ctx.school.id, childId: child.id, upn: child.upn,
    source: { ...input.pack.from, reference: input.pack.reference },
    sentAt: input.sentAt ?? input.pack.generatedAt, packSha256,
    importedAt: deps.clock().toISOString(), importedBy: { oid: ctx.actor.oid, name: ctx.actor.name },
    entries: input.pack.file.sections.flatMap((s) => s.entries.map((e) => ({ ...e, section: s.title }))),
    version: 1, auditHead: event.hash,
  };
  try {
    await deps.store.transfers.createReceived(received, event);
  } catch (e) {
    if (e instanceof LanternError && e.code === 'already_exists') return { received: (await deps.store.transfers.getReceived(ctx.school.id, id)) ?? received, replayed: true };
    throw e;
  }
  return { received, replayed: false };
}
