import { readFileSync } from 'node:fs';
import { loadConfig } from '../config/config.js';
import { localConfig } from '../local/local-config.js';
import { runningLocalStoreClient } from '../local/running-store.js';
import { createCosmosClient } from '../store/cosmos-client.js';
import { createCosmosStore } from '../store/cosmos-store.js';

/**
 * The store an operator command works on: the configured Cosmos DB account
 * when COSMOS_ENDPOINT is set, otherwise the running local instance's
 * embedded store on loopback — exactly as the app itself reaches it.
 */
export function openOperatorStore(env: Record<string, string | undefined> = process.env) {
  const config = env.LANTERN_MODE === 'production' ? loadConfig(env) : localConfig(env);
  const client = config.COSMOS_ENDPOINT
    ? createCosmosClient({ endpoint: config.COSMOS_ENDPOINT, key: config.COSMOS_KEY, useManagedIdentity: config.COSMOS_USE_MANAGED_IDENTITY, ca: config.COSMOS_CA_FILE ? readFileSync(config.COSMOS_CA_FILE, 'utf8') : undefined })
    : runningLocalStoreClient();
  const store = createCosmosStore(client.database(config.COSMOS_DATABASE));
  return { store, client, config, describe: config.COSMOS_ENDPOINT ?? 'the running local instance' };
}
