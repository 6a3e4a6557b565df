import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCHOOL_ID } from '../../src/local/demo-identity.js';
import { RECORDS_CONTAINER } from '../../src/store/containers.js';
import { runScript } from '../support/processes.js';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let dataDir: string;
let env: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  dataDir = await mkdtemp(join(tmpdir(), 'lantern-records-'));
  // audit:verify finds the store as it finds a running local instance: its certificate and port.
  await mkdir(join(dataDir, 'tls'), { recursive: true });
  await writeFile(join(dataDir, 'tls', 'cosmos-cert.pem'), t.cosmos.ca);
  env = { LANTERN_DATA_DIR: dataDir, COSMOS_PORT: new URL(t.cosmos.endpoint).port, COSMOS_DATABASE: t.cosmos.database.id, LOG_LEVEL: 'warn' };
}, 60_000);
afterAll(async () => {
  await t?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const verify = () => runScript('src/ops/audit-verify.ts', [], env);
const records = () => t.cosmos.database.container(RECORDS_CONTAINER);
const logConcern = async (account: string) => {
  const r = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ account }) });
  expect(r.status).toBe(201);
  return r;
};

describe('audit:verify checks the records themselves', () => {
  it('passes while every record is as Lantern wrote it, edits included', async () => {
    const c = await logConcern('Kept as written.');
    const edited = await t.call('dsl', 'PATCH', `/api/concerns/${c.json.id}`, { body: { op: 'edit', changes: { location: 'Library' } }, headers: { 'if-match': c.headers.get('etag')! } });
    expect(edited.status).toBe(200);
    const r = await verify();
    expect(r.stdout).toContain(`OK       ${DEMO_SCHOOL_ID}`);
    expect(r.code).toBe(0);
  }, 60_000);

  it("fails naming a concern whose text was rewritten in the store and another whose document was deleted", async () => {
    const rewritten = (await logConcern('She said her uncle hurt her.')).json.id as string;
    const deleted = (await logConcern('Bruise on the left arm.')).json.id as string;
    const { resource } = await records().item(rewritten, DEMO_SCHOOL_ID).read();
    await records().item(rewritten, DEMO_SCHOOL_ID).replace({ ...resource, account: 'Nothing of note.' });
    const { resource: gone } = await records().item(deleted, DEMO_SCHOOL_ID).read();
    await records().item(deleted, DEMO_SCHOOL_ID).delete();
    try {
      const r = await verify();
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`TAMPERED ${DEMO_SCHOOL_ID}`);
      expect(r.stdout).toContain(`record ${rewritten}, event audit:${rewritten}:1: the stored record differs from what its last audited change wrote`);
      expect(r.stdout).toContain(`record ${deleted}, event audit:${deleted}:1: the record is missing from the store and no retention deletion covers it`);
    } finally {
      await records().item(rewritten, DEMO_SCHOOL_ID).replace(resource);
      await records().items.create(gone);
    }
    expect((await verify()).code).toBe(0);
  }, 60_000);

  it('fails naming a concern whose kept earlier version was rewritten', async () => {
    const c = await logConcern('First account.');
    const e = await t.call('dsl', 'PATCH', `/api/concerns/${c.json.id}`, { body: { op: 'edit', changes: { account: 'Second account.' } }, headers: { 'if-match': c.headers.get('etag')! } });
    expect(e.status).toBe(200);
    const versionId = `${c.json.id}:v2`;
    const { resource } = await records().item(versionId, DEMO_SCHOOL_ID).read();
    await records().item(versionId, DEMO_SCHOOL_ID).replace({ ...resource, changes: [] });
    try {
      const r = await verify();
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`record ${c.json.id}, event audit:${c.json.id}:2: stored version 2 differs from what its audited change wrote`);
    } finally {
      await records().item(versionId, DEMO_SCHOOL_ID).replace(resource);
    }
  }, 60_000);

  it('fails naming a concern put in the store without a create event', async () => {
    const c = await logConcern('A real one to copy.');
    const { resource } = await records().item(c.json.id, DEMO_SCHOOL_ID).read();
    const planted = { ...resource, id: 'planted-concern-1', ref: 'C-PLANT' };
    for (const k of Object.keys(planted)) if (k.startsWith('_')) delete planted[k];
    await records().items.create(planted);
    try {
      const r = await verify();
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('record planted-concern-1');
      expect(r.stdout).toContain('no audit events for this record');
    } finally {
      await records().item('planted-concern-1', DEMO_SCHOOL_ID).delete();
    }
  }, 60_000);
});
