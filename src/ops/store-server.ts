import { join } from 'node:path';
import { localCosmosPort, tlsDir } from '../local/paths.js';
import { startEmbeddedCosmos } from '../store/embedded/embedded-cosmos.js';
import { loadOrCreateTls } from '../store/embedded/tls.js';

/**
 * The embedded Cosmos DB server on its own, in its own process: local-mode
 * instances reach it with COSMOS_ENDPOINT + COSMOS_KEY (the emulator key) +
 * COSMOS_CA_FILE, so an app process can die without its data dying.
 * In memory only: stopping this process forgets the data.
 */
async function main() {
  const tls = await loadOrCreateTls(tlsDir());
  const server = await startEmbeddedCosmos({ port: localCosmosPort(), tls });
  const caFile = join(tlsDir(), 'cosmos-cert.pem');
  console.log(`Cosmos DB store listening on ${server.endpoint}\n  key: the emulator key   certificate: ${caFile}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
