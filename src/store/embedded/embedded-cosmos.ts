import type { AddressInfo } from 'node:net';
import { createHttpsServer } from '@vercel/cosmosdb-server';
import type { TlsMaterial } from './tls.js';
import { EMULATOR_KEY } from './emulator-key.js';
import { attachJournal, type Journal } from './journal.js';

export { EMULATOR_KEY };

export interface EmbeddedCosmos {
  /** e.g. https://127.0.0.1:8081 */
  endpoint: string;
  key: string;
  /** The server's own certificate: clients trust exactly this. */
  ca: string;
  /** HTTP requests received since start. */
  requestCount(): number;
  /** Present when started with `journalFile`: every acknowledged write is on disk before its answer. */
  journal?: Journal;
  close(): Promise<void>;
}

export interface EmbeddedCosmosOptions {
  host?: string;
  port?: number;
  tls: TlsMaterial;
  /** Append-only journal of acknowledged writes (fsynced before each answer), for local mode. */
  journalFile?: string;
}


/** The certificate names exactly these two. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/** Starts the in-process Cosmos DB server over HTTPS, on loopback only. */
export async function startEmbeddedCosmos(opts: EmbeddedCosmosOptions): Promise<EmbeddedCosmos> {
  const host = opts.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new Error(`Embedded Cosmos listens on loopback only, not ${host}.`);
  const server = createHttpsServer({
    key: opts.tls.key,
    cert: opts.tls.cert,
    minVersion: 'TLSv1.2',
    keepAlive: true, // the server otherwise answers `connection: close`, costing a TLS handshake per request
  });
  const journal = opts.journalFile ? attachJournal(server, opts.journalFile) : undefined;
  let requests = 0;
  server.on('request', () => {
    requests += 1;
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `https://${host}:${port}`,
    key: EMULATOR_KEY,
    ca: opts.tls.cert,
    requestCount: () => requests,
    journal,
    close: async () => {
      await closeServer(server);
      journal?.close();
    },
  };
}

function closeServer(server: ReturnType<typeof createHttpsServer>): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeAllConnections();
  });
}
