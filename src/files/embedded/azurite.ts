import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Azurite's well-known development account (public, documented by Microsoft); never valid against Azure. */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface EmbeddedBlobServer {
  /** The account's blob endpoint, e.g. http://127.0.0.1:10000/devstoreaccount1 */
  endpoint: string;
  port: number;
  close(): Promise<void>;
}

interface AzuriteServer {
  start(): Promise<void>;
  close(): Promise<void>;
  getHttpServerAddress(): string;
}

/**
 * Azurite's blob service in this process, on loopback. With `location` its
 * data is kept in that folder across restarts; without it, in memory only.
 * Started in-process (not through its command) so it stops with Lantern.
 */
export async function startEmbeddedBlobServer(opts: { location?: string; port?: number } = {}): Promise<EmbeddedBlobServer> {
  const require = createRequire(import.meta.url);
  const BlobServer = require('azurite/dist/src/blob/BlobServer.js').default;
  const BlobConfiguration = require('azurite/dist/src/blob/BlobConfiguration.js').default;
  const memory = !opts.location;
  const dir = opts.location ?? '';
  if (!memory) await mkdir(dir, { recursive: true });
  const config = new BlobConfiguration(
    '127.0.0.1',
    opts.port ?? 0,
    undefined,
    memory ? 'memory-blob-metadata' : join(dir, '__azurite_db_blob__.json'),
    memory ? 'memory-blob-extents' : join(dir, '__azurite_db_blob_extent__.json'),
    [{ locationId: 'Default', locationPath: memory ? 'memory' : join(dir, '__blobstorage__'), maxConcurrency: 10 }],
    false, // access log
    undefined,
    false, // debug log
    undefined,
    false, // loose
    true, // skip API version check: the SDK may be newer than the emulator
    '', '', '', undefined, false,
    memory,
  );
  const server: AzuriteServer = new BlobServer(config);
  await server.start();
  const port = Number(new URL(`http://${server.getHttpServerAddress().replace(/^https?:\/\//, '')}`).port);
  return { endpoint: `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`, port, close: () => server.close() };
}
