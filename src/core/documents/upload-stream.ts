import { createHash } from 'node:crypto';
import { LanternError } from '../errors.js';

/** The first `n` bytes of a stream (fewer if it is shorter), and the whole stream again from its start. */
export async function readHead(source: AsyncIterable<Uint8Array>, n: number): Promise<{ head: Uint8Array; all: AsyncIterable<Uint8Array> }> {
  const it = source[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < n) {
    const r = await next(it);
    if (r.done) {
      done = true;
      break;
    }
    seen.push(r.value);
    size += r.value.length;
  }
  async function* all() {
    yield* seen;
    if (done) return;
    for (let r = await next(it); !r.done; r = await next(it)) yield r.value;
  }
  return { head: Buffer.concat(seen).subarray(0, n), all: all() };
}

/** A body cut off mid-way (client gone, or too slow for the server's timeout) is the client's problem, not a fault. */
async function next(it: AsyncIterator<Uint8Array>) {
  try {
    return await it.next();
  } catch {
    throw new LanternError('bad_request', 'The file did not arrive completely; attach it again.');
  }
}

export interface Measured {
  stream: AsyncIterable<Uint8Array>;
  /** Valid once the stream has been read to its end. */
  result(): { size: number; sha256: string };
}

/** Passes bytes through, hashing and counting them; past `maxBytes` the stream fails with payload_too_large. */
export function measure(source: AsyncIterable<Uint8Array>, maxBytes: number): Measured {
  const hash = createHash('sha256');
  let size = 0;
  async function* stream() {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge(maxBytes);
      hash.update(chunk);
      yield chunk;
    }
  }
  let digest: string | undefined;
  return { stream: stream(), result: () => ({ size, sha256: (digest ??= hash.digest('hex')) }) };
}

export const tooLarge = (maxBytes: number) =>
  new LanternError('payload_too_large', `The file is larger than ${Math.floor(maxBytes / (1024 * 1024))} MB, the most Lantern accepts for one file. Make it smaller (e.g. a lower-resolution photo) or split it.`);
