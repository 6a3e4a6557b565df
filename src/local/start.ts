import { createLanternApp } from '../app.js';
import { configureBot } from '../bot/bot-settings.js';
import { staticGroupMembership } from '../bot/group-membership.js';
import { createDevIdentityProvider } from '../identity/dev-idp.js';
import { createCosmosStore } from '../store/cosmos-store.js';
import { loadSnapshot, writeSnapshot } from '../store/snapshot.js';
import { replayJournal } from '../store/embedded/journal.js';
import { DEMO_SCHOOL_ID, PERSONAS } from './demo-identity.js';
import { localConfig } from './local-config.js';
import { localPeopleDirectory } from './local-people.js';
import { openLocalStore } from './local-store.js';
import { dataDir, devIdpDir, journalFile, snapshotEveryMs, snapshotFile } from './paths.js';
import { exitOnSignals } from '../app-lifecycle.js';
import { startRepeatingTask } from '../util/repeating-task.js';
import { seedDemoSchool } from './seed.js';
import { startLocalBlobStore } from './local-blob.js';

async function main() {
  const config = localConfig();
  const { database, embedded, client } = await openLocalStore(config);
  // The snapshot, then every write acknowledged after it (the journal): nothing acknowledged is lost to a crash.
  if (embedded) {
    await loadSnapshot(database, snapshotFile());
    await replayJournal(database, journalFile());
  }
  const store = createCosmosStore(database);
  const blob = await startLocalBlobStore(config);
  const idp = await createDevIdentityProvider({
    authority: config.AUTH_AUTHORITY,
    tenantId: config.TENANT_ID,
    audience: config.API_CLIENT_ID,
    clientId: config.API_CLIENT_ID,
    keyDir: devIdpDir(),
  });
  // The bot sees only from.aadObjectId; locally the seeded personas' groups stand in for Microsoft Graph.
  configureBot({ groupMembership: staticGroupMembership(PERSONAS) });
  const app = createLanternApp({ config, store, devIdp: { ...idp, tenantId: config.TENANT_ID, personas: PERSONAS }, people: localPeopleDirectory(), files: blob.files });
  const seeded = await seedDemoSchool(app.deps);
  const snapshot = async () => {
    if (!embedded) return;
    const forgetRotated = embedded.journal?.rotate(); // writes from now on go to a fresh journal file
    await writeSnapshot(database, snapshotFile());
    forgetRotated?.(); // the snapshot holds everything the rotated files did
  };
  await snapshot();
  const { port, host } = await app.listen();
  // Snapshots never overlap; stopping waits for one in progress, then writes the last one.
  const snapshots = startRepeatingTask(snapshot, snapshotEveryMs(), (e) => console.error('snapshot failed:', e));
  printBanner(port, host, embedded?.endpoint ?? config.COSMOS_ENDPOINT!, blob.endpoint, seeded);

  exitOnSignals(async () => {
    await app.close();
    await snapshots.stop();
    await snapshot();
    client.dispose();
    await embedded?.close();
    await blob.close();
  }, (level, msg, fields) => (level === 'error' ? console.error : console.log)(`${msg} ${fields ? JSON.stringify(fields) : ''}`));
}

function printBanner(port: number, host: string, cosmos: string, blob: string, seeded: boolean) {
  const base = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  console.log(`
Lantern is running in local mode${seeded ? ' (demo school seeded)' : ''}
  API            ${base}/api   (OpenAPI: ${base}/api/openapi.json)
  Health         ${base}/healthz   ${base}/readyz
  Bot endpoint   ${base}/api/messages
  Tab            ${base}/tab/
  Dev identity   ${base}/dev-idp   tokens: npm run dev-token -- <persona>
  Cosmos DB      ${cosmos}   database "${process.env.COSMOS_DATABASE ?? 'lantern'}", school "${DEMO_SCHOOL_ID}"
  Blob storage   ${blob}   (documents and kept copies)
  Personas       ${PERSONAS.map((p) => p.key).join(', ')}
Press Ctrl+C to stop; data is kept in ${dataDir()} (npm run reset to start afresh).
`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
