import { readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { blobDir, dataDir, journalFile, snapshotFile } from './paths.js';

/** Forgets local records; the next npm start seeds the demo school afresh. Keys and certificates are kept. */
async function main() {
  await rm(snapshotFile(), { force: true });
  await rm(`${snapshotFile()}.tmp`, { force: true });
  const journals = (await readdir(dataDir()).catch(() => [] as string[])).filter((n) => n.startsWith(basename(journalFile())));
  for (const name of journals) await rm(join(dataDir(), name), { force: true });
  await rm(blobDir(), { recursive: true, force: true });
  console.log(`Local data forgotten (${join(dataDir(), 'snapshot.json')} and the documents in ${blobDir()}). Stop any running Lantern first; the next npm start seeds afresh.`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
