import type { Config } from '../config/config.js';
import { createCosmosClient } from '../store/cosmos-client.js';
import { ensureContainers } from '../store/containers.js';
import { startEmbeddedCosmos, EMULATOR_KEY, type EmbeddedCosmos } from '../store/embedded/embedded-cosmos.js';
import { loadOrCreateTls } from '../store/embedded/tls.js';
import { localCosmosPort, tlsDir } from './paths.js';

/**
 * The store local mode uses: the configured Cosmos account when COSMOS_ENDPOINT
 * is set, otherwise the embedded server on loopback over verified HTTPS.
 */
export async function openLocalStore(config: Config) {
  let embedded: EmbeddedCosmos | undefined;
  let endpoint = config.COSMOS_ENDPOINT;
  let ca: string | undefined;
  if (!endpoint) {
    const tls = await loadOrCreateTls(tlsDir());
    embedded = await startEmbeddedCosmos({ port: localCosmosPort(), tls }).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') {
        throw new Error(`Port ${localCosmosPort()} is in use: is Lantern already running? Stop it, or set COSMOS_PORT.`);
      }
      throw e;
    });
    endpoint = embedded.endpoint;
    ca = embedded.ca;
  }
  const client = createCosmosClient({
    endpoint,
    key: embedded ? EMULATOR_KEY : config.COSMOS_KEY,
    ca,
    useManagedIdentity: !embedded && config.COSMOS_USE_MANAGED_IDENTITY,
  });
  const database = await ensureContainers(client, config.COSMOS_DATABASE);
  return { client, database, embedded };
}
