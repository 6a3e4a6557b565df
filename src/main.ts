// First: telemetry starts (when configured) before the modules it instruments load.
import './telemetry/preload.js';
import { productionConfig } from './config/production-config.js';
import { exitOnSignals } from './app-lifecycle.js';

/** Production entry point: configuration from the environment, Cosmos DB and Blob Storage via managed identity. */
async function main() {
  const config = productionConfig(process.env);
  // The app loads only once its configuration is known to be safe: a refusal is immediate.
  const [{ createLanternApp }, { createCosmosClient }, { ensureContainers }, { createCosmosStore }, { createBlobServiceClient }, { createBlobFileStore }] = await Promise.all([
    import('./app.js'),
    import('./store/cosmos-client.js'),
    import('./store/containers.js'),
    import('./store/cosmos-store.js'),
    import('./files/blob-client.js'),
    import('./files/blob-file-store.js'),
  ]);
  const client = createCosmosClient({
    endpoint: config.COSMOS_ENDPOINT!,
    useManagedIdentity: config.COSMOS_USE_MANAGED_IDENTITY,
    key: config.COSMOS_KEY,
  });
  const database = await ensureContainers(client, config.COSMOS_DATABASE);
  // Blob storage with the managed identity; its containers (and the kept copies' immutability policy) come from infra.
  const files = config.BLOB_ENDPOINT ? createBlobFileStore(createBlobServiceClient({ endpoint: config.BLOB_ENDPOINT })) : undefined;
  if (!files) console.warn('BLOB_ENDPOINT is not set: documents are unavailable and exports are rebuilt at each download.');
  const app = createLanternApp({ config, store: createCosmosStore(database), files });
  const { port, host } = await app.listen();
  app.log.log('info', 'Lantern started', { port, host, mode: config.LANTERN_MODE });
  exitOnSignals(async () => {
    await app.close();
    client.dispose();
  }, (level, msg, fields) => app.log.log(level, msg, fields));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
