import { randomUUID } from 'node:crypto';
import type { BlobServiceClient } from '@azure/storage-blob';
import { createBlobServiceClient } from '../../src/files/blob-client.js';
import { createBlobFileStore } from '../../src/files/blob-file-store.js';
import { AZURITE_KEY, startEmbeddedBlobServer } from '../../src/files/embedded/azurite.js';

export interface TestBlob {
  endpoint: string;
  service: BlobServiceClient;
  containers: { documents: string; kept: string };
  store: ReturnType<typeof createBlobFileStore>;
  /** Every blob name in a container, pending marks included. */
  names(container: 'documents' | 'kept'): Promise<string[]>;
  close(): Promise<void>;
}

/** A real Azurite blob service (in memory) on an ephemeral loopback port, with freshly named containers. */
export async function startTestBlob(): Promise<TestBlob> {
  const server = await startEmbeddedBlobServer();
  const service = createBlobServiceClient({ endpoint: server.endpoint, accountKey: AZURITE_KEY });
  const suffix = randomUUID().slice(0, 8);
  const containers = { documents: `documents-${suffix}`, kept: `kept-${suffix}` };
  const store = createBlobFileStore(service, containers);
  await store.ensureContainers();
  return {
    endpoint: server.endpoint,
    service,
    containers,
    store,
    async names(container) {
      const out: string[] = [];
      for await (const b of service.getContainerClient(containers[container]).listBlobsFlat()) out.push(b.name);
      return out;
    },
    close: () => server.close(),
  };
}
