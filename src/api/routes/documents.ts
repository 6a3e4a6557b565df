import { attachConcernDocument } from '../../core/documents/attach-concern-document.js';
import { readConcernDocument } from '../../core/documents/read-concern-document.js';
import type { Deps } from '../../core/usecases/context.js';
import type { Operation } from '../operation.js';

/** A stored file is never shown as a page from Lantern's origin: saved, not rendered, and sandboxed if it is. */
export const DOWNLOAD_HEADERS = { 'content-security-policy': "default-src 'none'; sandbox", 'cross-origin-resource-policy': 'same-origin' };
/** An upload streams many megabytes: it gets longer than the usual operation deadline (the HTTP request timeout still applies). */
const UPLOAD_DEADLINE_MS = 10 * 60_000;

export const documentOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'attachConcernDocument',
    method: 'post',
    path: '/api/concerns/{id}/documents',
    summary: "Attach a file to a concern: the body is the file's bytes, its name in the `name` query parameter",
    tag: 'documents',
    rawBody: { description: 'The file (PDF, PNG, JPEG, HEIC, DOCX, plain text, EML or MSG; its kind is read from its bytes). At most 25 MB by default.' },
    deadlineMs: UPLOAD_DEADLINE_MS,
    success: { status: 201, description: 'The document as recorded (with its SHA-256) and the concern; new ETag.' },
    async handle(req) {
      const declared = Number(req.header('content-length') ?? NaN);
      const r = await attachConcernDocument(deps, req.ctx, req.params.id!, {
        fileName: req.query.name,
        declaredBytes: Number.isFinite(declared) ? declared : undefined,
        body: req.body as AsyncIterable<Uint8Array>,
      });
      return { status: 201, body: { document: r.document, concern: r.concern }, headers: { etag: r.etag } };
    },
  },
  fileOperation(deps, 'downloadConcernDocument', 'download', 'Download an attached file, byte for byte as uploaded'),
  fileOperation(deps, 'previewConcernDocument', 'preview', 'A small PNG of an attached image, made by the server from its pixels'),
];

function fileOperation(deps: Deps, operationId: string, as: 'download' | 'preview', summary: string): Operation {
  return {
    operationId,
    method: 'get',
    path: `/api/concerns/{id}/documents/{documentId}/${as}`,
    summary,
    tag: 'documents',
    success: { status: 200, description: 'The file as an attachment (Content-Disposition: attachment, nosniff, sandboxed).' },
    async handle(req) {
      const f = await readConcernDocument(deps, req.ctx, req.params.id!, req.params.documentId!, as);
      return { status: 200, body: undefined, headers: DOWNLOAD_HEADERS, file: { contentType: f.contentType, fileName: f.fileName, data: f.body } };
    },
  };
}
