import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCosmosClient } from '../store/cosmos-client.js';
import { EMULATOR_KEY } from '../store/embedded/emulator-key.js';
import { localCosmosPort, tlsDir } from './paths.js';

/**
 * For operator commands (alert sweep, audit verify, benchmark): the running
 * local instance's embedded store, trusted through the certificate it wrote.
 */
export function runningLocalStoreClient() {
  const certFile = join(tlsDir(), 'cosmos-cert.pem');
  if (!existsSync(certFile)) throw new Error('No local Lantern store found: run `npm start` first, or set COSMOS_ENDPOINT.');
  const ca = readFileSync(certFile, 'utf8');
  return createCosmosClient({ endpoint: `https://127.0.0.1:${localCosmosPort()}`, key: EMULATOR_KEY, ca });
}
