import { Readable } from 'node:stream';
import type { BlobServiceClient, ContainerClient } from '@azure/storage-blob';
import type { FileStore, StoredFile } from '../core/ports/file-store.js';

export const FILE_CONTAINERS = { documents: 'documents', kept: 'kept-copies' } as const;
/** Pending marks sit beside the documents under this prefix; document keys never start with it. */
const PENDING = 'pending/';
// 8 MiB blocks: a typical document goes up as one block and one commit; an upload holds at most two in memory.
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
      await docs.getBlockBlobClient(key).uploadStream(Readable.from(data, { objectMode: false }), UPLOAD_BLOCK_BYTES, 2, {
        blobHTTPHeaders: { blobContentType: contentType },
      });
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
