import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBlobServiceClient } from '../../src/files/blob-client.js';
import { FILE_CONTAINERS } from '../../src/files/blob-file-store.js';
import { AZURITE_KEY } from '../../src/files/embedded/azurite.js';
import { freePort } from '../support/processes.js';
import { concernBody } from '../support/test-app.js';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy.js';
import { appProcess, startStore, tempDir, type AppProcess, type StoreProcess } from './support/stack.js';

/**
 * A document upload with the app process killed (SIGKILL) after the blob is
 * written and while the record write is on its way to the store: the store
 * never gets it. The app runs in local mode (Azurite in its process, data on
 * disk) against a store in another process, behind a proxy that holds writes.
 */
let dir: Awaited<ReturnType<typeof tempDir>>;
let store: StoreProcess;
let proxy: FaultProxy;
let app: AppProcess;
let blobPort: number;

beforeAll(async () => {
  dir = await tempDir();
  store = await startStore(dir.path);
  proxy = await startFaultProxy(store);
  blobPort = await freePort();
  app = await appProcess({
    dataDir: dir.path,
    store: { endpoint: proxy.endpoint, caFile: store.caFile },
    database: 'reliability-documents-kill',
    // The sweep runs every minute and clears uploads pending for over a minute.
    env: { BLOB_PORT: String(blobPort), PENDING_UPLOAD_MINUTES: '1' },
  });
  await app.start();
});
afterAll(async () => {
  await app?.signal('SIGTERM');
  await proxy?.close();
  await store?.stop();
  await dir?.remove();
});

const docs = () => createBlobServiceClient({ endpoint: `http://127.0.0.1:${blobPort}/devstoreaccount1`, accountKey: AZURITE_KEY }).getContainerClient(FILE_CONTAINERS.documents);
async function names(): Promise<string[]> {
  const out: string[] = [];
  for await (const b of docs().listBlobsFlat()) out.push(b.name);
  return out;
}
async function until<T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get().catch(() => undefined as T);
    if (v !== undefined && ok(v)) return v;
    if (Date.now() > end) throw new Error(`${what}: not after ${ms} ms (last: ${JSON.stringify(v)})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
async function call(persona: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${await app.token(persona)}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, json: (await res.json()) as any };
}

describe('an upload with the process killed between the blob write and the record write', () => {
  it('after a restart no record names a missing blob, and the pending blob is cleared', async () => {
    const created = await call('teacher', 'POST', '/api/concerns', concernBody());
    expect(created.status).toBe(201);
    const concernId = created.json.id as string;
    const before = await names();

    await proxy.set({ kind: 'hold-writes' });
    const token = await app.token('teacher');
    const upload = fetch(`${app.url}/api/concerns/${concernId}/documents?name=notes.txt`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: Buffer.from('Written just before the crash.'),
    }).catch((e: unknown) => e);
    // The blob is written (and marked pending); the record write is held at the proxy.
    const written = await until('the blob written', names, (n) => n.filter((x) => !before.includes(x)).length === 2, 30_000);
    const fresh = written.filter((x) => !before.includes(x));
    expect(fresh.filter((x) => x.startsWith('pending/'))).toHaveLength(1);
    // Azure Blob Storage acknowledges a write once it is durable; Azurite saves its index every 5 s, so wait
    // past that (the record write still held) before the kill, or the blob would vanish with the process.
    await new Promise((r) => setTimeout(r, 6_000));
    expect(await app.signal('SIGKILL')).toBeNull(); // killed, not exited
    expect(await upload).toBeInstanceOf(Error); // the client saw the connection drop, no answer
    await proxy.set({ kind: 'none' }); // the held write is dropped with the process

    await app.start();
    const concern = await call('dsl', 'GET', `/api/concerns/${concernId}`);
    expect(concern.status).toBe(200);
    // No record names the file: the record write never reached the store.
    expect(concern.json.documents ?? []).toEqual([]);
    // The blob and its pending mark survived the restart (Azurite's data is on disk) until the sweep clears them.
    expect((await names()).filter((x) => fresh.includes(x))).toHaveLength(2);
    await until('the pending upload swept', names, (n) => n.every((x) => !fresh.includes(x)), 150_000);

    // And the app takes uploads again: one saved now names a blob that exists.
    const res = await fetch(`${app.url}/api/concerns/${concernId}/documents?name=after.txt`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await app.token('teacher')}`, 'content-type': 'application/octet-stream' },
      body: Buffer.from('After the restart.'),
    });
    expect(res.status).toBe(201);
    const after = await call('dsl', 'GET', `/api/concerns/${concernId}`);
    const all = await names();
    for (const d of after.json.documents as { id: string }[]) expect(all.some((n) => !n.startsWith('pending/') && n.endsWith(d.id))).toBe(true);
  });
});
