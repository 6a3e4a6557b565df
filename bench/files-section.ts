import { randomBytes, randomUUID } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { createCosmosStore } from '../src/store/cosmos-store.js';
import { ensureContainers } from '../src/store/containers.js';
import { createBlobServiceClient } from '../src/files/blob-client.js';
import { createBlobFileStore } from '../src/files/blob-file-store.js';
import { AZURITE_KEY, startEmbeddedBlobServer } from '../src/files/embedded/azurite.js';
import { dropDatabases, startBenchApp, type BenchInfra } from './stack.js';

const FILE_BYTES = 5 * 1024 * 1024;

export interface FilesSection {
  rounds: number;
  fileMb: number;
  /** MB/s, each the mean over its rounds. */
  raw: { upload: number; download: number };
  api: { upload: number; download: number };
  ratio: { upload: number; download: number };
}

/**
 * A 5 MB PDF uploaded and downloaded through the API (policy, audit, Cosmos
 * version, pending/commit) vs the same bytes put and got with raw
 * @azure/storage-blob, on the same Azurite, in alternating rounds.
 */
export async function filesSection(infra: BenchInfra, rounds: number, log: (m: string) => void): Promise<FilesSection> {
  const azurite = await startEmbeddedBlobServer();
  const service = createBlobServiceClient({ endpoint: azurite.endpoint, accountKey: AZURITE_KEY });
  const files = createBlobFileStore(service, { documents: `bench-docs-${randomUUID().slice(0, 8)}`, kept: `bench-kept-${randomUUID().slice(0, 8)}` });
  await files.ensureContainers();
  const raw = service.getContainerClient(`bench-raw-${randomUUID().slice(0, 8)}`);
  await raw.create();
  const database = await ensureContainers(infra.client, `bench-files-${randomUUID()}`);
  const app = await startBenchApp(infra, createCosmosStore(database), { DOCUMENTS_PER_RECORD: '500' }, files);
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(FILE_BYTES - 9)]);
  const teacher = await infra.token('teacher');
  const dsl = await infra.token('dsl');
  try {
    const concernId = await createConcern(app.url, teacher);
    const times = { rawUp: 0, rawDown: 0, apiUp: 0, apiDown: 0 };
    for (let i = 0; i < rounds; i++) {
      const r = await rawRound(raw, pdf);
      const a = await apiRound(app.url, concernId, teacher, dsl, pdf);
      times.rawUp += r.up; times.rawDown += r.down; times.apiUp += a.up; times.apiDown += a.down;
      if (i === 0) log(`files: first round  raw ${r.up.toFixed(0)}/${r.down.toFixed(0)} ms, api ${a.up.toFixed(0)}/${a.down.toFixed(0)} ms (upload/download)`);
    }
    const mbps = (totalMs: number) => (rounds * FILE_BYTES) / (1024 * 1024) / (totalMs / 1000);
    const result = {
      rounds, fileMb: FILE_BYTES / (1024 * 1024),
      raw: { upload: mbps(times.rawUp), download: mbps(times.rawDown) },
      api: { upload: mbps(times.apiUp), download: mbps(times.apiDown) },
      ratio: { upload: times.rawUp / times.apiUp, download: times.rawDown / times.apiDown },
    };
    return result;
  } finally {
    agent.destroy();
    await app.close();
    await dropDatabases(database);
    await azurite.close();
  }
}

async function rawRound(container: ReturnType<ReturnType<typeof createBlobServiceClient>['getContainerClient']>, bytes: Buffer) {
  const blob = container.getBlockBlobClient(randomUUID());
  let t = performance.now();
  await blob.uploadData(bytes);
  const up = performance.now() - t;
  t = performance.now();
  const got = await blob.downloadToBuffer();
  const down = performance.now() - t;
  if (got.length !== bytes.length) throw new Error('raw download was short');
  return { up, down };
}

async function apiRound(url: string, concernId: string, teacher: string, dsl: string, bytes: Buffer) {
  // node:http, the client stack @azure/storage-blob itself uses, so the two are compared like for like.
  let t = performance.now();
  const up = await send(`${url}/api/concerns/${concernId}/documents?name=bench.pdf`, 'POST', { authorization: `Bearer ${teacher}`, 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) }, bytes);
  if (up.status !== 201) throw new Error(`upload answered ${up.status}: ${up.body.toString()}`);
  const { document } = JSON.parse(up.body.toString()) as { document: { id: string } };
  const upMs = performance.now() - t;
  t = performance.now();
  const got = await send(`${url}/api/concerns/${concernId}/documents/${document.id}/download`, 'GET', { authorization: `Bearer ${dsl}` });
  const down = performance.now() - t;
  if (got.body.length !== bytes.length) throw new Error('API download was short');
  return { up: upMs, down };
}

function send(url: string, method: string, headers: Record<string, string>, body?: Buffer): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
const agent = new Agent({ keepAlive: true });

async function createConcern(url: string, token: string): Promise<string> {
  const res = await fetch(`${url}/api/concerns`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ children: [{ childId: 'child-001', role: 'subject' }], categories: ['welfare'], account: 'Bench: documents.', occurredAt: new Date(Date.now() - 60_000).toISOString(), parentsInformed: { informed: true } }),
  });
  if (res.status !== 201) throw new Error(`createConcern answered ${res.status}`);
  return ((await res.json()) as { id: string }).id;
}

export function printFiles(s: FilesSection) {
  const f = (n: number) => n.toFixed(1).padStart(8);
  console.log('');
  console.log(`Documents: a ${s.fileMb} MB file, ${s.rounds} rounds, raw @azure/storage-blob and the API alternating on one Azurite`);
  console.log(`                      upload MB/s  download MB/s`);
  console.log(`raw storage-blob      ${f(s.raw.upload)}     ${f(s.raw.download)}`);
  console.log(`through the API       ${f(s.api.upload)}     ${f(s.api.download)}`);
  console.log(`ratio API / raw       ${s.ratio.upload.toFixed(2).padStart(8)}     ${s.ratio.download.toFixed(2).padStart(8)}   (target >= 0.8)`);
}
