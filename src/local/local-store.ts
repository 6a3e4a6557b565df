import { readFileSync } from 'node:fs';
import type { Config } from '../config/config.js';
import { createCosmosClient } from '../store/cosmos-client.js';
import { ensureContainers } from '../store/containers.js';
import { startEmbeddedCosmos, EMULATOR_KEY, type EmbeddedCosmos } from '../store/embedded/embedded-cosmos.js';
import { loadOrCreateTls } from '../store/embedded/tls.js';
import { journalFile, localCosmosPort, tlsDir } from './paths.js';

/** The embedded store shares the app's event loop: its calls wait for that, never for a network (see createCosmosClient). */
const IN_PROCESS_TIMEOUT_MS = 15_000; // vs 10 s for a store across a network

/**
 * The store local mode uses: the configured Cosmos account when COSMOS_ENDPOINT
 * is set (trusting COSMOS_CA_FILE when given, e.g. the embedded server run on
 * its own), otherwise the embedded server on loopback over verified HTTPS.
 */
export async function openLocalStore(config: Config) {
  let embedded: EmbeddedCosmos | undefined;
  let endpoint = config.COSMOS_ENDPOINT;
  let ca = config.COSMOS_CA_FILE ? readFileSync(config.COSMOS_CA_FILE, 'utf8') : undefined;
  if (!endpoint) {
    const tls = await loadOrCreateTls(tlsDir());
    embedded = await startEmbeddedCosmos({ port: localCosmosPort(), tls, journalFile: journalFile() }).catch((e: NodeJS.ErrnoException) => {
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
    requestTimeoutMs: embedded ? IN_PROCESS_TIMEOUT_MS : undefined,
  });
  const database = await ensureContainers(client, config.COSMOS_DATABASE);
  return { client, database, embedded };
}
