import { closeSync, fdatasyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Database } from '@azure/cosmos';
import { cosmosStatus } from '../cosmos-errors.js';
import { stripSystemFields } from '../documents.js';
import { readTextIfExists } from '../../util/files.js';

/** One acknowledged change: the document as written, or a deletion. */
type Entry =
  | { op: 'put'; db: string; coll: string; doc: Record<string, unknown> }
  | { op: 'delete'; db: string; coll: string; id: string; pk: unknown };

const DOCS = /^\/dbs\/([^/]+)\/colls\/([^/]+)\/docs(?:\/([^/?]+))?/;

/**
 * The embedded store's write-ahead journal (local mode). Every write the
 * server acknowledges is appended to the journal and fsynced BEFORE its
 * answer leaves the server, so a write the app acknowledged (which waits for
 * the store's answer) is on disk even if the process is killed a moment later.
 * A snapshot rotates the journal (`journal` → `journal.N`) before it reads the
 * store and deletes the rotated files once it is safely renamed; a restart
 * loads the snapshot, then replays every journal file, oldest first.
 */
export interface Journal {
  /** Starts a new journal file; returns a function that deletes the rotated ones (call once the snapshot is saved). */
  rotate(): () => void;
  close(): void;
}

export function attachJournal(server: Server, file: string): Journal {
  let fd = openSync(file, 'a', 0o600);
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    const m = DOCS.exec(req.url ?? '');
    if (!m || method === 'GET' || isQuery(req)) return;
    const chunks: Buffer[] = [];
    const batch = truthy(req.headers['x-ms-cosmos-is-batch-request']);
    if (batch) req.on('data', (c: Buffer) => chunks.push(c));
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    (res as unknown as { end: (...args: unknown[]) => ServerResponse }).end = (...args: unknown[]) => {
      if (res.statusCode >= 200 && res.statusCode < 300) {
        const entries = entriesOf(method, decodeURIComponent(m[1]!), decodeURIComponent(m[2]!), m[3] ? decodeURIComponent(m[3]) : undefined, req, args[0], batch ? Buffer.concat(chunks).toString('utf8') : '');
        if (entries.length) {
          writeSync(fd, entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
          fdatasyncSync(fd);
        }
      }
      return end(...args);
    };
  });
  return {
    rotate() {
      closeSync(fd);
      const n = rotatedFiles(file).reduce((max, f) => Math.max(max, f.n), 0) + 1;
      renameSync(file, `${file}.${n}`);
      fd = openSync(file, 'a', 0o600);
      return () => rotatedFiles(file).filter((f) => f.n <= n).forEach((f) => rmSync(f.path, { force: true }));
    },
    close: () => closeSync(fd),
  };
}

/** Replays every journal file (rotated ones first) into `database`: documents upserted, deletions applied. */
export async function replayJournal(database: Database, file: string): Promise<number> {
  let applied = 0;
  for (const path of [...rotatedFiles(file).map((f) => f.path), file]) {
    const text = await readTextIfExists(path);
    if (!text) continue;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      let entry: Entry;
      try {
        entry = JSON.parse(line) as Entry;
      } catch {
        continue; // a line torn by the crash was never acknowledged
      }
      if (entry.db !== database.id) continue;
      const container = database.container(entry.coll);
      if (entry.op === 'put') await container.items.upsert(stripSystemFields<Record<string, unknown>>(entry.doc));
      else await container.item(entry.id, entry.pk as string).delete().catch((e: unknown) => { if (cosmosStatus(e) !== 404) throw e; });
      applied++;
    }
  }
  return applied;
}

function entriesOf(method: string, db: string, coll: string, id: string | undefined, req: IncomingMessage, body: unknown, requestBody: string): Entry[] {
  if (method === 'DELETE' && id) return [{ op: 'delete', db, coll, id, pk: partitionKeyOf(req) }];
  const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : '';
  if (!text) return [];
  const parsed: unknown = JSON.parse(text);
  if (Array.isArray(parsed)) {
    const ops = (requestBody ? JSON.parse(requestBody) : []) as { operationType?: string; id?: string; partitionKey?: string }[];
    return parsed.flatMap((r: { statusCode?: number; resourceBody?: Record<string, unknown> }, i): Entry[] => {
      const op = ops[i];
      if (op?.operationType === 'Delete' && op.id) return [{ op: 'delete', db, coll, id: op.id, pk: parsePk(op.partitionKey) }];
      if (op?.operationType === 'Read' || !r.resourceBody || (r.statusCode ?? 500) >= 300) return [];
      return [{ op: 'put', db, coll, doc: r.resourceBody }];
    });
  }
  if (parsed && typeof parsed === 'object' && typeof (parsed as { id?: unknown }).id === 'string') return [{ op: 'put', db, coll, doc: parsed as Record<string, unknown> }];
  return [];
}

const truthy = (h: string | string[] | undefined) => String(h).toLowerCase() === 'true';
const isQuery = (req: IncomingMessage) => truthy(req.headers['x-ms-documentdb-isquery']) || String(req.headers['content-type']).startsWith('application/query+json');
const partitionKeyOf = (req: IncomingMessage) => parsePk(req.headers['x-ms-documentdb-partitionkey'] as string | undefined);
function parsePk(raw: string | undefined): unknown {
  if (!raw) return undefined;
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v) ? v[0] : v;
  } catch {
    return raw;
  }
}

function rotatedFiles(file: string): { n: number; path: string }[] {
  const dir = dirname(file);
  const base = basename(file);
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, m: new RegExp(`^${base.replace(/\./g, '\\.')}\\.(\\d+)$`).exec(name) }))
    .filter((x) => x.m)
    .map((x) => ({ n: Number(x.m![1]), path: join(dir, x.name) }))
    .sort((a, b) => a.n - b.n);
}
