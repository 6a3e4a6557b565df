import type { Config } from '../config/config.js';
import { createBlobServiceClient } from '../files/blob-client.js';
import { createBlobFileStore } from '../files/blob-file-store.js';
import { AZURITE_KEY, startEmbeddedBlobServer } from '../files/embedded/azurite.js';
import { blobDir, localBlobPort } from './paths.js';

/**
 * Local mode's blob storage: Azurite in this process with its data in the
 * local data folder (kept across restarts, forgotten by `npm run reset`), or
 * the account BLOB_ENDPOINT names.
 */
export async function startLocalBlobStore(config: Config) {
  const embedded = config.BLOB_ENDPOINT ? undefined : await startAzurite();
  const endpoint = config.BLOB_ENDPOINT ?? embedded!.endpoint;
  const files = createBlobFileStore(createBlobServiceClient({ endpoint, accountKey: config.BLOB_ACCOUNT_KEY ?? AZURITE_KEY }));
  await files.ensureContainers();
  return { files, endpoint, close: async () => embedded?.close() };
}

/** Azurite's usual port when free; otherwise (another Lantern, or a test run) any free one, unless BLOB_PORT asks for one. */
async function startAzurite() {
  try {
    return await startEmbeddedBlobServer({ location: blobDir(), port: localBlobPort() });
  } catch (e) {
    if ((e as { code?: string }).code !== 'EADDRINUSE' || process.env.BLOB_PORT) throw e;
    return startEmbeddedBlobServer({ location: blobDir(), port: 0 });
  }
}
