import { chainedEvent } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import type { Transfer } from '../model/transfer.js';
import { parseInput } from '../validation/parse.js';
import { buildPackSchema } from '../validation/transfer-input.js';
import { rendererOf } from './build-subject-access-export.js';
import { collectBytes, keepExportFiles } from '../kept-copies/kept-copies.js';
import type { Deps, RequestContext } from './context.js';
import { loadTransfer, transferFacts } from './transfer-access.js';
import { buildTransferPack, packJson } from './transfer-pack.js';

/**
 * Builds (or rebuilds, before sending) the transfer pack: PDF and JSON of the
 * child's file, keyed by UPN. Records the hashes of both files and the record
 * ids they hold; the files themselves are kept once in storage (create-only)
 * and downloads stream that copy. If-Match.
 */
export async function buildPack(deps: Deps, ctx: RequestContext, id: string, body: unknown, ifMatch?: string) {
  parseInput(buildPackSchema, body, 'request');
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the transfer you are changing.');
  const found = await loadTransfer(deps, ctx, id, 'transfer.buildPack');
  if (found.etag !== ifMatch) throw new LanternError('version_conflict', 'Someone else changed this transfer after you opened it. Reload, then try again.');
  const t = found.value;
  if (t.status !== 'preparing') throw new LanternError('invalid_state', 'The pack was already sent; it cannot be rebuilt.');
  const builtAt = deps.clock().toISOString();
  const built = await buildTransferPack(deps, ctx, t, builtAt);
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const renderer = rendererOf(deps);
  const bytes = { json: packJson(built.pack), pdf: await collectBytes(renderer.render(built.file, { timeZone: ctx.school.timeZone })), pdfContentType: renderer.contentType };
  const { hashes, kept } = await keepExportFiles(deps, ctx.school.id, 'transfers', id, bytes);
  const pack = { builtAt, builtBy: me, jsonSha256: hashes.json, pdfSha256: hashes.pdf, recordIds: built.recordIds, ...(kept ? { kept } : {}) };
  const event = chainedEvent(deps, ctx, { ...transferFacts('transfer.buildPack', id), fileHashes: [hashes.json, hashes.pdf] }, t.version + 1, t.auditHead);
  const next: Transfer = { ...t, pack, version: t.version + 1, updatedAt: builtAt, updatedBy: me, auditHead: event.hash };
  const saved = await deps.store.transfers.replace(next, found.etag, event);
  return { transfer: saved.value, etag: saved.etag };
}
