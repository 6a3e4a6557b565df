import type { IncomingMessage } from 'node:http';
import { LanternError } from '../core/errors.js';

/**
 * Reads a JSON request body of at most `maxBytes`. Oversized bodies are refused
 * from Content-Length before reading, or as soon as the stream passes the limit.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new LanternError('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
  }
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const text = await readText(req, maxBytes);
  if (!text.trim()) throw new LanternError('malformed_json', 'The request body is empty; send a JSON object.');
  try {
    return JSON.parse(text);
  } catch {
    throw new LanternError('malformed_json', 'The request body is not valid JSON. Check quotes, commas and brackets.');
  }
}

/** The body as text; a body cut off mid-way (client gone, or too slow for the server's request timeout) is a 400, not a fault. */
async function readText(req: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw tooLarge(maxBytes);
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    if (e instanceof LanternError) throw e;
    throw new LanternError('bad_request', 'The request body did not arrive completely; send it again.');
  }
  return Buffer.concat(chunks).toString('utf8');
}

const tooLarge = (max: number) =>
  new LanternError('payload_too_large', `The request body is larger than ${Math.round(max / 1024)} KiB. Shorten the text or split it.`);
