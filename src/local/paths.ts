import { resolve } from 'node:path';

/** Where local mode keeps its data between runs (snapshot, TLS and dev IdP keys). */
export const dataDir = () => resolve(process.env.LANTERN_DATA_DIR ?? '.data');
export const snapshotFile = () => resolve(dataDir(), 'snapshot.json');
/** The embedded store's journal of acknowledged writes since the last snapshot. */
export const journalFile = () => resolve(dataDir(), 'journal.ndjson');
export const tlsDir = () => resolve(dataDir(), 'tls');
export const devIdpDir = () => resolve(dataDir(), 'dev-idp');

/** The embedded Cosmos server's port: the real emulator's, so operator commands find it. */
export const localCosmosPort = () => Number(process.env.COSMOS_PORT ?? 8081);

/** How often local mode snapshots the embedded store (LANTERN_SNAPSHOT_SECONDS, default 30). */
export const snapshotEveryMs = () => Number(process.env.LANTERN_SNAPSHOT_SECONDS ?? 30) * 1000;

/** Azurite's blob data (documents and kept copies) in local mode. */
export const blobDir = () => resolve(dataDir(), 'blob');
/** Azurite's port in local mode: its usual one, so operator commands and the benchmark find it. */
export const localBlobPort = () => Number(process.env.BLOB_PORT ?? 10000);
