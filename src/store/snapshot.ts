import { rename, writeFile } from 'node:fs/promises';
import type { Database } from '@azure/cosmos';
import { ALL_CONTAINERS } from './containers.js';
import { cosmosStatus } from './cosmos-errors.js';
import { stripSystemFields } from './documents.js';
import { readTextIfExists } from '../util/files.js';

/** File format: container name → its documents, without Cosmos system fields. */
type Snapshot = Record<string, Record<string, unknown>[]>;

/**
 * The embedded server answers a query page by page; writes landing between two
 * pages could leave a record without its audit event in the snapshot. One page
 * per container reads it at one moment (the server evaluates a page at once).
 */
const ONE_PAGE = { maxItemCount: 10_000_000 };

/** Dumps every document of every container. Written to a temp file then renamed, so a crash never leaves half a file. */
export async function writeSnapshot(database: Database, file: string): Promise<void> {
  const snapshot: Snapshot = {};
  for (const name of ALL_CONTAINERS) {
    const { resources } = await database.container(name).items.query('SELECT * FROM c', ONE_PAGE).fetchAll();
    snapshot[name] = resources.map((doc) => stripSystemFields<Record<string, unknown>>(doc));
  }
  const tmp = `${file}.tmp`;
  await writeFile(tmp, JSON.stringify(snapshot), { mode: 0o600 });
  await rename(tmp, file);
}

/** Recreates the documents of a snapshot; documents that already exist are kept as they are. A missing file is fine. */
export async function loadSnapshot(database: Database, file: string): Promise<void> {
  const snapshot = await readSnapshot(file);
  if (!snapshot) return;
  for (const name of ALL_CONTAINERS) {
    const container = database.container(name);
    for (const doc of snapshot[name] ?? []) {
      try {
        await container.items.create(doc);
      } catch (e) {
        if (cosmosStatus(e) !== 409) throw e;
      }
    }
  }
}

async function readSnapshot(file: string): Promise<Snapshot | undefined> {
  const text = await readTextIfExists(file);
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (isSnapshot(parsed)) return parsed;
  } catch {
    // reported below
  }
  throw new Error(`The local data snapshot ${file} is corrupt and cannot be loaded. Run \`npm run reset\` to start from fresh demo data.`);
}

function isSnapshot(value: unknown): value is Snapshot {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (docs) => Array.isArray(docs) && docs.every((d) => typeof d === 'object' && d !== null && typeof d.id === 'string'),
  );
}
