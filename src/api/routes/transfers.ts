import { buildPack } from '../../core/usecases/build-transfer-pack.js';
import type { Deps } from '../../core/usecases/context.js';
import { createTransfer } from '../../core/usecases/create-transfer.js';
import { downloadTransferPack } from '../../core/usecases/download-transfer-pack.js';
import { importTransferPack } from '../../core/usecases/import-transfer-pack.js';
import { getTransfer, listTransfers } from '../../core/usecases/list-transfers.js';
import { transferView } from '../../core/usecases/transfer-view.js';
import { updateTransfer } from '../../core/usecases/update-transfer.js';
import { buildPackSchema, transferImportSchema, transferInputSchema, transferListQuerySchema, transferUpdateSchema } from '../../core/validation/transfer-input.js';
import type { Operation } from '../operation.js';

const BASE = '/api/transfers';
const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag of the transfer being changed.' };

/** Transfers of child protection files to a leaver's new school, and packs received from a previous school. */
export const transferOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'createTransfer', method: 'post', path: BASE, tag: 'records',
    summary: "Start the transfer of a leaving child's file to their new school (keyed by UPN); DSLs only",
    body: transferInputSchema,
    headers: [{ name: 'Idempotency-Key', required: false, description: 'Retry-safe key; a retry returns the original transfer.' }],
    success: { status: 201, description: 'The transfer (200 when an Idempotency-Key replay returns the original).' },
    async handle(req) {
      const r = await createTransfer(deps, req.ctx, req.body, req.header('idempotency-key'));
      const headers: Record<string, string> = { etag: r.etag, location: `${BASE}/${r.transfer.id}` };
      if (r.replayed) headers['idempotent-replayed'] = 'true';
      return { status: r.replayed ? 200 : 201, body: transferView(r.transfer, deps.clock()), headers };
    },
  },
  {
    operationId: 'listTransfers', method: 'get', path: BASE, tag: 'records',
    summary: 'Transfers (status=preparing|sent|awaiting-receipt|received|cancelled) and leavers whose file has no transfer yet; DSLs only',
    query: transferListQuerySchema,
    success: { status: 200, description: '{ items, leaversWithoutTransfer }' },
    handle: async (req) => ({ status: 200, body: await listTransfers(deps, req.ctx, req.query) }),
  },
  {
    operationId: 'getTransfer', method: 'get', path: `${BASE}/{id}`, tag: 'records',
    summary: 'One transfer: pack hashes, when and how it was sent, receipt deadline, chases, receipt',
    success: { status: 200, description: 'The transfer; ETag header for If-Match.' },
    async handle(req) {
      const r = await getTransfer(deps, req.ctx, req.params.id!);
      return { status: 200, body: r.transfer, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'updateTransfer', method: 'patch', path: `${BASE}/{id}`, tag: 'records',
    summary: '{"op":"recordSent"|"recordChase"|"confirmReceipt"|"cancel",…}: sending starts the 5-school-day receipt clock',
    body: transferUpdateSchema,
    headers: [IF_MATCH],
    success: { status: 200, description: 'The transfer after the change; new ETag.' },
    async handle(req) {
      const r = await updateTransfer(deps, req.ctx, req.params.id!, req.body, req.header('if-match'));
      return { status: 200, body: transferView(r.transfer, deps.clock()), headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'buildTransferPack', method: 'post', path: `${BASE}/{id}/pack`, tag: 'records',
    summary: "Build the pack (PDF + JSON of the child's file, other children redacted) and record its hashes; body {}",
    body: buildPackSchema,
    headers: [IF_MATCH],
    success: { status: 200, description: 'The transfer with its pack hashes; new ETag.' },
    async handle(req) {
      const r = await buildPack(deps, req.ctx, req.params.id!, req.body, req.header('if-match'));
      return { status: 200, body: transferView(r.transfer, deps.clock()), headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'downloadTransferPack', method: 'get', path: `${BASE}/{id}/pack/{format}`, tag: 'records',
    summary: 'Download the built pack (format pdf or json), checked against its recorded hash (X-Content-SHA256)',
    success: { status: 200, description: 'The PDF or JSON file as an attachment.' },
    async handle(req) {
      const r = await downloadTransferPack(deps, req.ctx, req.params.id!, req.params.format);
      return { status: 200, body: undefined, headers: { 'x-content-sha256': r.sha256 }, file: { contentType: r.contentType, fileName: r.fileName, data: r.body } };
    },
  },
  {
    operationId: 'importTransferPack', method: 'post', path: `${BASE}/received`, tag: 'records',
    summary: "Import a pack from a child's previous school onto their chronology (UPN must match), keeping its provenance",
    body: transferImportSchema,
    success: { status: 201, description: 'The received pack with its provenance (200 when this pack was already imported).' },
    async handle(req) {
      const r = await importTransferPack(deps, req.ctx, req.body);
      const { auditHead: _a, ...received } = r.received;
      return { status: r.replayed ? 200 : 201, body: received };
    },
  },
];
