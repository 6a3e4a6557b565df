import { randomUUID } from 'node:crypto';
import type { CosmosClient, Database } from '@azure/cosmos';
import type { Store } from '../../src/core/ports/store.js';
import { createCosmosClient } from '../../src/store/cosmos-client.js';
import { ensureContainers } from '../../src/store/containers.js';
import { createCosmosStore } from '../../src/store/cosmos-store.js';
import { startEmbeddedCosmos } from '../../src/store/embedded/embedded-cosmos.js';
import { loadOrCreateTls, type TlsMaterial } from '../../src/store/embedded/tls.js';

export interface TestCosmos {
  endpoint: string;
  key: string;
  ca: string;
  client: CosmosClient;
  /** A fresh, uniquely named database with the containers ensured. */
  database: Database;
  store: Store;
  /** HTTP requests the server has received so far. */
  requestCount(): number;
  /** Another fresh database on the same server (e.g. to restore a snapshot into). */
  freshDatabase(): Promise<Database>;
  close(): Promise<void>;
}

// Generating an RSA key takes a moment; one certificate serves the whole test process.
let tlsOnce: Promise<TlsMaterial> | undefined;

/** An embedded Cosmos server over verified HTTPS on an ephemeral loopback port. Call `close` in afterAll. */
export async function startTestCosmos(): Promise<TestCosmos> {
  tlsOnce ??= loadOrCreateTls();
  const server = await startEmbeddedCosmos({ tls: await tlsOnce });
  const client = createCosmosClient({ endpoint: server.endpoint, key: server.key, ca: server.ca });
  const freshDatabase = () => ensureContainers(client, `test-${randomUUID()}`);
  const database = await freshDatabase();
  return {
    endpoint: server.endpoint,
    key: server.key,
    ca: server.ca,
    client,
    database,
    store: createCosmosStore(database),
    requestCount: server.requestCount,
    freshDatabase,
    async close() {
      client.dispose();
      await server.close();
    },
  };
}
