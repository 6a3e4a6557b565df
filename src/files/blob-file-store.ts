import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { BlobServiceClient, BlockBlobClient, ContainerClient } from '@azure/storage-blob';
import type { FileStore, StoredFile } from '../core/ports/file-store.js';

export const FILE_CONTAINERS = { documents: 'documents', kept: 'kept-copies' } as const;
/** Pending marks sit beside the documents under this prefix; document keys never start with it. */
const PENDING = 'pending/';
// 8 MiB blocks: a typical document goes up in one Put Blob; a larger one as blocks, at most two held in memory.
const UPLOAD_BLOCK_BYTES = 8 * 1024 * 1024;

const statusOf = (e: unknown) => (e as { statusCode?: number }).statusCode;

/** The FileStore port on Azure Blob Storage (docs/adr/0014-files.md). */
export function createBlobFileStore(service: BlobServiceClient, containers: { documents: string; kept: string } = FILE_CONTAINERS): FileStore & { ensureContainers(): Promise<void> } {
  const docs = service.getContainerClient(containers.documents);
  const kept = service.getContainerClient(containers.kept);
  return {
    // Production: infra creates them (the kept copies' container with its immutability policy).
    async ensureContainers() {
      await docs.createIfNotExists();
      await kept.createIfNotExists();
    },
    async writePending(key, data, contentType) {
      await docs.getBlockBlobClient(`${PENDING}${key}`).upload('', 0);
      await uploadBlocks(docs.getBlockBlobClient(key), data, contentType);
    },
    async commit(key) {
      await docs.getBlobClient(`${PENDING}${key}`).deleteIfExists();
    },
    async discard(key) {
      await docs.getBlobClient(key).deleteIfExists({ deleteSnapshots: 'include' });
      await docs.getBlobClient(`${PENDING}${key}`).deleteIfExists();
    },
    async pendingBefore(before) {
      const keys: string[] = [];
      for await (const b of docs.listBlobsFlat({ prefix: PENDING })) {
        if (b.properties.lastModified && b.properties.lastModified < before) keys.push(b.name.slice(PENDING.length));
      }
      return keys;
    },
    read: (key) => readBlob(docs, key),
    async keep(key, bytes, contentType) {
      try {
        await kept.getBlockBlobClient(key).uploadData(bytes, { conditions: { ifNoneMatch: '*' }, blobHTTPHeaders: { blobContentType: contentType } });
        return 'created';
      } catch (e) {
        if (statusOf(e) === 409) return 'exists';
        throw e;
      }
    },
    readKept: (key) => readBlob(kept, key),
  };
}

async function readBlob(container: ContainerClient, key: string): Promise<StoredFile | undefined> {
  try {
    const r = await container.getBlobClient(key).download();
    const body = r.readableStreamBody as (NodeJS.ReadableStream & AsyncIterable<Uint8Array>) | undefined;
    if (!body) return undefined;
    return { size: r.contentLength ?? 0, body };
  } catch (e) {
    if (statusOf(e) === 404) return undefined;
    throw e;
  }
}

/**
 * Writes a stream as one Put Blob when it fits in one block (most documents:
 * one request, no commit), else as staged blocks and one commit. Each staged
 * block carries its MD5, so the service checks it arrived intact (and Azurite
 * need not compute its own checksum of the block). If `data` throws, no block
 * is committed: nothing readable is left.
 */
async function uploadBlocks(blob: BlockBlobClient, data: AsyncIterable<Uint8Array>, contentType: string) {
  const headers = { blobHTTPHeaders: { blobContentType: contentType } };
  const ids: string[] = [];
  let parts: Uint8Array[] = [];
  let size = 0;
  let staging: Promise<unknown> = Promise.resolve();
  const stage = async (block: Buffer) => {
    const id = Buffer.from(String(ids.length).padStart(6, '0')).toString('base64');
    ids.push(id);
    await staging; // at most one block on its way while the next one fills
    const sent = blob.stageBlock(id, block, block.length, { transactionalContentMD5: createHash('md5').update(block).digest() });
    sent.catch(() => undefined); // seen when awaited next; never an unhandled rejection while the body is still arriving
    staging = sent;
  };
  try {
    for await (const chunk of data) {
      parts.push(chunk);
      size += chunk.length;
      if (size >= UPLOAD_BLOCK_BYTES) {
        const all = Buffer.concat(parts, size);
        await stage(all.subarray(0, UPLOAD_BLOCK_BYTES));
        parts = size > UPLOAD_BLOCK_BYTES ? [all.subarray(UPLOAD_BLOCK_BYTES)] : [];
        size -= UPLOAD_BLOCK_BYTES;
      }
    }
  } catch (e) {
    await staging.catch(() => undefined);
    throw e;
  }
  if (ids.length === 0) {
    // Sent straight from the chunks as they arrived: no copy of the whole file.
    const chunks = parts;
    await blob.upload(() => Readable.from(chunks), size, headers);
    return;
  }
  if (size > 0) await stage(Buffer.concat(parts, size));
  await staging;
  await blob.commitBlockList(ids, headers);
}
