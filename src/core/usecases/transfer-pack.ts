import { fileRecordIds, type RedactedChildFile } from '../export/child-file.js';
import { chronologySections } from '../export/chronology-sections.js';
import { gatherChildFile } from '../export/gather-child-file.js';
import { redactChildFile, redactionId } from '../export/redact.js';
import { LanternError } from '../errors.js';
import type { Transfer, TransferPack } from '../model/transfer.js';
import type { Deps, RequestContext } from './context.js';

export const TRANSFER_PURPOSE = 'Transfer of the child protection file to the new school';

/**
 * The pack as it stands at `asOf`: the child's whole file for the new school.
 * Parents, other adults and staff stay named (the new school needs them); other
 * children are redacted exactly as the subject-access export redacts them.
 */
export async function buildTransferPack(deps: Deps, ctx: RequestContext, t: Transfer, asOf: string): Promise<{ pack: TransferPack; file: RedactedChildFile; recordIds: string[] }> {
  const raw = await gatherChildFile(deps.store, ctx.school, t.childId, [chronologySections(deps, ctx)]);
  if (!raw) throw new LanternError('invalid_state', "This transfer's child is no longer in the roster, so there is no file to send.");
  const keep = raw.people
    .filter((p) => p.kind !== 'other-child')
    .map((p) => ({ redactionId: redactionId(t.id, p), redact: false, reason: 'Transfer: the new school receives the whole file', by: { name: 'Lantern' }, at: asOf }));
  const { file } = redactChildFile(raw, { salt: t.id, decisions: keep, generatedAt: asOf, reference: t.ref, purpose: TRANSFER_PURPOSE });
  const pack: TransferPack = { format: 'lantern-transfer-pack/1', upn: t.upn, reference: t.ref, from: { name: ctx.school.name }, to: t.destination, generatedAt: asOf, file };
  return { pack, file, recordIds: fileRecordIds(raw) };
}

/** The pack JSON's exact bytes. */
export const packJson = (pack: TransferPack) => Buffer.from(`${JSON.stringify(pack, null, 2)}\n`, 'utf8');
