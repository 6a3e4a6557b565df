import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { parseInput } from '../validation/parse.js';
import { exportFileSchema } from '../validation/subject-access-input.js';
import { rendererOf, sha256Hex } from './build-subject-access-export.js';
import type { Deps, RequestContext } from './context.js';
import { loadTransfer, transferFacts } from './transfer-access.js';
import { buildTransferPack, packJson } from './transfer-pack.js';

/** The built pack's PDF or JSON, re-made as built and checked against the recorded hash. The PDF streams. */
export async function downloadTransferPack(deps: Deps, ctx: RequestContext, id: string, format: unknown) {
  const kind = parseInput(exportFileSchema, format, 'file format');
  const found = await loadTransfer(deps, ctx, id, `transfer.download.${kind}`);
  const t = found.value;
  if (!t.pack) throw new LanternError('invalid_state', 'Build the transfer pack first.');
  const built = await buildTransferPack(deps, ctx, t, t.pack.builtAt);
  const json = packJson(built.pack);
  if (sha256Hex(json) !== t.pack.jsonSha256) {
    const hint = t.status === 'preparing' ? 'Build the pack again before sending it.' : 'The pack as sent is recorded by its hashes in this transfer.';
    throw new LanternError('invalid_state', `The child's records changed after the pack was built, so it can no longer be reproduced exactly. ${hint}`);
  }
  await audit(deps, ctx, { ...transferFacts(`transfer.download.${kind}`, id), outcome: 'success' });
  const fileName = `${t.ref}-${t.upn}.${kind}`;
  if (kind === 'json') return { fileName, contentType: 'application/json; charset=utf-8', sha256: t.pack.jsonSha256, body: once(json) };
  const renderer = rendererOf(deps);
  return { fileName, contentType: renderer.contentType, sha256: t.pack.pdfSha256, body: renderer.render(built.file) };
}

async function* once(bytes: Uint8Array) {
  yield bytes;
}
