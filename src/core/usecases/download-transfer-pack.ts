import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { parseInput } from '../validation/parse.js';
import { exportFileSchema } from '../validation/subject-access-input.js';
import { rendererOf, sha256Hex } from './build-subject-access-export.js';
import type { Deps, RequestContext } from './context.js';
import { loadTransfer, transferFacts } from './transfer-access.js';
import { readKeptFile } from '../kept-copies/kept-copies.js';
import { buildTransferPack, packJson } from './transfer-pack.js';

/**
 * The built pack's PDF or JSON: its kept copy, byte for byte, when it was built
 * with file storage; otherwise re-made as built and checked against the
 * recorded hash. Either streams.
 */
export async function downloadTransferPack(deps: Deps, ctx: RequestContext, id: string, format: unknown) {
  const kind = parseInput(exportFileSchema, format, 'file format');
  const found = await loadTransfer(deps, ctx, id, `transfer.download.${kind}`);
  const t = found.value;
  if (!t.pack) throw new LanternError('invalid_state', 'Build the transfer pack first.');
  const fileName = `${t.ref}-${t.upn}.${kind}`;
  if (t.pack.kept) {
    const sha256 = kind === 'json' ? t.pack.jsonSha256 : t.pack.pdfSha256;
    const kept = await readKeptFile(deps, ctx.school.id, 'transfers', id, sha256, kind);
    await audit(deps, ctx, { ...transferFacts(`transfer.download.${kind}`, id), outcome: 'success', fileHashes: [sha256] });
    return { fileName, contentType: kind === 'json' ? 'application/json; charset=utf-8' : rendererOf(deps).contentType, sha256, body: kept.body };
  }
  const built = await buildTransferPack(deps, ctx, t, t.pack.builtAt);
  const json = packJson(built.pack);
  if (sha256Hex(json) !== t.pack.jsonSha256) {
    const hint = t.status === 'preparing' ? 'Build the pack again before sending it.' : 'The pack as sent is recorded by its hashes in this transfer.';
    throw new LanternError('invalid_state', `The child's records changed after the pack was built, so it can no longer be reproduced exactly. ${hint}`);
  }
  await audit(deps, ctx, { ...transferFacts(`transfer.download.${kind}`, id), outcome: 'success' });
  if (kind === 'json') return { fileName, contentType: 'application/json; charset=utf-8', sha256: t.pack.jsonSha256, body: once(json) };
  const renderer = rendererOf(deps);
  return { fileName, contentType: renderer.contentType, sha256: t.pack.pdfSha256, body: renderer.render(built.file, { timeZone: ctx.school.timeZone }) };
}

async function* once(bytes: Uint8Array) {
  yield bytes;
}
