import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A response that is a file to save (CSV, PDF…) rather than JSON. */
export interface FileResult {
  contentType: string;
  fileName: string;
  /** Bytes, or a stream of chunks (e.g. a PDF rendered page by page), sent with back-pressure and no length. */
  data: string | Uint8Array | AsyncIterable<Uint8Array>;
}

/** Sends a file as an attachment; the file name is reduced to safe characters for the header. */
export function sendFile(res: ServerResponse, status: number, file: FileResult, headers: Record<string, string> = {}): void | Promise<void> {
  if (res.headersSent) return;
  if (typeof file.data !== 'string' && !(file.data instanceof Uint8Array)) return streamFile(res, status, file, file.data, headers);
  const payload = typeof file.data === 'string' ? Buffer.from(file.data, 'utf8') : file.data;
  const name = file.fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  res.writeHead(status, {
    ...headers,
    'content-type': file.contentType,
    'content-length': payload.byteLength,
    'content-disposition': `attachment; filename="${name}"`,
    'x-content-type-options': 'nosniff',
  });
  res.end(payload);
}

const attachmentName = (fileName: string) => fileName.replace(/[^A-Za-z0-9._-]/g, '_');

/** Streams a file; a failure part-way aborts the response (the client sees a cut-off download, never a wrong file). */
async function streamFile(res: ServerResponse, status: number, file: FileResult, data: AsyncIterable<Uint8Array>, headers: Record<string, string>) {
  res.writeHead(status, {
    ...headers,
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${attachmentName(file.fileName)}"`,
    'x-content-type-options': 'nosniff',
  });
  try {
    await pipeline(Readable.from(data, { objectMode: false }), res);
  } catch {
    res.destroy();
  }
}
