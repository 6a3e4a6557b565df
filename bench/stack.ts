import { randomUUID } from 'node:crypto';
import type { Container, CosmosClient, Database } from '@azure/cosmos';
import { createLanternApp, type LanternApp } from '../src/app.js';
import type { Store } from '../src/core/ports/store.js';
import type { FileStore } from '../src/core/ports/file-store.js';
import { personaByKey } from '../src/local/demo-identity.js';
import { localConfig } from '../src/local/local-config.js';
import { seedDemoSchool } from '../src/local/seed.js';
import { createCosmosClient } from '../src/store/cosmos-client.js';
import { ensureContainers, RECORDS_CONTAINER } from '../src/store/containers.js';
import { createCosmosStore } from '../src/store/cosmos-store.js';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../src/store/embedded/embedded-cosmos.js';
import { loadOrCreateTls } from '../src/store/embedded/tls.js';
import { startBenchIdp, type BenchIdp } from './idp.js';

/** What every section shares: one embedded Cosmos server, the app's kind of Cosmos client, one dev IdP. */
export interface BenchInfra {
  client: CosmosClient;
  /** HTTP requests the embedded Cosmos server has received so far (all databases). */
  cosmosRequests(): number;
  token(persona: string): Promise<string>;
  authority: string;
  close(): Promise<void>;
}

/** Embedded Cosmos (HTTPS, fresh cert, ephemeral port) and a dev IdP. */
export async function startBenchInfra(): Promise<BenchInfra> {
  const cosmos = await startEmbeddedCosmos({ tls: await loadOrCreateTls() });
  const client = createCosmosClient({ endpoint: cosmos.endpoint, key: cosmos.key, ca: cosmos.ca });
  const idp = await startBenchIdp();
  return {
    client,
    cosmosRequests: cosmos.requestCount,
    token: (persona) => tokenFor(idp, persona),
    authority: idp.authority,
    close: () => closeInfra(idp, client, cosmos),
  };
}

/** Everything the create phases run against, in this one process. */
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
  /** Stops the app and drops both databases (the server keeps running for later sections). */
  close(): Promise<void>;
}

/** The whole app on a fresh database, seeded with the demo school, plus a baseline database. */
export async function startBenchStack(infra: BenchInfra): Promise<BenchStack> {
  const database = await ensureContainers(infra.client, `bench-app-${randomUUID()}`);
  const baseline = await ensureContainers(infra.client, `bench-baseline-${randomUUID()}`);
  const app = await startBenchApp(infra, createCosmosStore(database));
  return {
    url: app.url,
    baselineRecords: baseline.container(RECORDS_CONTAINER),
    cosmosRequests: infra.cosmosRequests,
    token: infra.token,
    close: async () => {
      await app.close();
      await dropDatabases(database, baseline);
    },
  };
}

export interface BenchApp {
  url: string;
  app: LanternApp;
  close(): Promise<void>;
}

/**
 * Lantern in local mode on `store`, trusting the bench IdP, seeded with the
 * demo school, listening on an ephemeral loopback port. `env` overrides config.
 */
export async function startBenchApp(infra: BenchInfra, store: Store, env: Record<string, string> = {}, files?: FileStore): Promise<BenchApp> {
  const config = localConfig({ PORT: '0', AUTH_AUTHORITY: infra.authority, LOG_LEVEL: 'silent', ...env });
  const app = createLanternApp({ config, store, files });
  await seedDemoSchool(app.deps);
  const { port } = await app.listen();
  return { url: `http://127.0.0.1:${port}`, app, close: () => app.close() };
}

/** Deletes databases, freeing their documents in the embedded server. */
export async function dropDatabases(...databases: Database[]): Promise<void> {
  for (const db of databases) await db.delete();
}

function tokenFor(idp: BenchIdp, persona: string): Promise<string> {
  const p = personaByKey(persona);
  if (!p) throw new Error(`unknown persona ${persona}`);
  return idp.idp.issueToken({ oid: p.oid, name: p.name, groups: p.groups });
}

async function closeInfra(idp: BenchIdp, client: CosmosClient, cosmos: EmbeddedCosmos) {
  await idp.close();
  client.dispose();
  await cosmos.close();
}
