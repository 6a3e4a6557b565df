import { randomUUID } from 'node:crypto';
import type { Container, CosmosClient } from '@azure/cosmos';
import { createLanternApp, type LanternApp } from '../src/app.js';
import { personaByKey } from '../src/local/demo-identity.js';
import { localConfig } from '../src/local/local-config.js';
import { seedDemoSchool } from '../src/local/seed.js';
import { createCosmosClient } from '../src/store/cosmos-client.js';
import { ensureContainers, RECORDS_CONTAINER } from '../src/store/containers.js';
import { createCosmosStore } from '../src/store/cosmos-store.js';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../src/store/embedded/embedded-cosmos.js';
import { loadOrCreateTls } from '../src/store/embedded/tls.js';
import { startBenchIdp, type BenchIdp } from './idp.js';

/** Everything the benchmark runs against, in this one process. */
export interface BenchStack {
  /** Base URL of the Lantern API, e.g. http://127.0.0.1:54321 */
  url: string;
  /**
   * A `records` container (same definition) in a database of its own on the same server, through the
   * app's Cosmos client. Kept apart so the baseline's documents do not slow the app's one
   * cross-partition query (the school directory), which the embedded server answers by scanning.
   */
  baselineRecords: Container;
  /** HTTP requests the embedded Cosmos server has received so far. */
  cosmosRequests(): number;
  token(persona: string): Promise<string>;
  close(): Promise<void>;
}

/** Embedded Cosmos (HTTPS, fresh cert, ephemeral port), a dev IdP and the whole app, seeded with the demo school. */
export async function startBenchStack(): Promise<BenchStack> {
  const cosmos = await startEmbeddedCosmos({ tls: await loadOrCreateTls() });
  const client = createCosmosClient({ endpoint: cosmos.endpoint, key: cosmos.key, ca: cosmos.ca });
  const database = await ensureContainers(client, `bench-app-${randomUUID()}`);
  const baseline = await ensureContainers(client, `bench-baseline-${randomUUID()}`);
  const idp = await startBenchIdp();
  const config = localConfig({ PORT: '0', AUTH_AUTHORITY: idp.authority, LOG_LEVEL: 'silent' });
  const app = createLanternApp({ config, store: createCosmosStore(database) });
  await seedDemoSchool(app.deps);
  const { port } = await app.listen();
  return {
    url: `http://127.0.0.1:${port}`,
    baselineRecords: baseline.container(RECORDS_CONTAINER),
    cosmosRequests: cosmos.requestCount,
    token: (persona) => tokenFor(idp, persona),
    close: () => closeAll(app, idp, client, cosmos),
  };
}

function tokenFor(idp: BenchIdp, persona: string): Promise<string> {
  const p = personaByKey(persona);
  if (!p) throw new Error(`unknown persona ${persona}`);
  return idp.idp.issueToken({ oid: p.oid, name: p.name, groups: p.groups });
}

async function closeAll(app: LanternApp, idp: BenchIdp, client: CosmosClient, cosmos: EmbeddedCosmos) {
  await app.close();
  await idp.close();
  client.dispose();
  await cosmos.close();
}
