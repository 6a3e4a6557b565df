import { resolve } from 'node:path';

/** Where local mode keeps its data between runs (snapshot, TLS and dev IdP keys). */
export const dataDir = () => resolve(process.env.LANTERN_DATA_DIR ?? '.data');
export const snapshotFile = () => resolve(dataDir(), 'snapshot.json');
export const tlsDir = () => resolve(dataDir(), 'tls');
export const devIdpDir = () => resolve(dataDir(), 'dev-idp');

/** The embedded Cosmos server's port: the real emulator's, so operator commands find it. */
export const localCosmosPort = () => Number(process.env.COSMOS_PORT ?? 8081);

/** How often local mode snapshots the embedded store (LANTERN_SNAPSHOT_SECONDS, default 30). */
export const snapshotEveryMs = () => Number(process.env.LANTERN_SNAPSHOT_SECONDS ?? 30) * 1000;
