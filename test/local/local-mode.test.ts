import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, runScript, startScript, stopped } from '../support/processes.js';

let env: Record<string, string>;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lantern-local-'));
  env = { PORT: String(await freePort()), COSMOS_PORT: String(await freePort()), BLOB_PORT: String(await freePort()), LANTERN_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const start = () => startScript('src/local/start.ts', env, 'Lantern is running');
const url = (path: string) => `http://127.0.0.1:${env.PORT}${path}`;
const token = async (persona: string) => (await runScript('src/local/dev-token.ts', [persona], env)).stdout.trim();

describe('local mode (npm start)', () => {
  it('serves a seeded demo school, keeps data across a restart, verifies its audit trail, and resets', async () => {
    const first = await start();
    expect(first.output()).toContain('demo school seeded');
    expect((await fetch(url('/healthz'))).status).toBe(200);
    const dsl = await token('dsl');
    expect(dsl.split('.')).toHaveLength(3);
    const teacher = await token('teacher');
    const created = await fetch(url('/api/concerns'), {
      method: 'POST',
      headers: { authorization: `Bearer ${teacher}`, 'content-type': 'application/json' },
      body: JSON.stringify({ children: [{ childId: 'child-002', role: 'subject' }], categories: ['welfare'], account: 'Kept across restarts', occurredAt: new Date().toISOString(), parentsInformed: { informed: true } }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    // Documents go to the Azurite that npm start runs, with its data in the local data folder.
    const note = 'Phone call with the family, kept across restarts.\n';
    const attached = await fetch(url(`/api/concerns/${id}/documents?name=call.txt`), {
      method: 'POST',
      headers: { authorization: `Bearer ${teacher}`, 'content-type': 'application/octet-stream' },
      body: note,
    });
    expect(attached.status).toBe(201);
    const { document } = (await attached.json()) as { document: { id: string } };
    expect(await stopped(first.child)).toBe(0);

    const second = await start();
    expect(second.output()).not.toContain('demo school seeded');
    const again = await fetch(url(`/api/concerns/${id}`), { headers: { authorization: `Bearer ${dsl}` } });
    expect(again.status).toBe(200);
    const file = await fetch(url(`/api/concerns/${id}/documents/${document.id}/download`), { headers: { authorization: `Bearer ${dsl}` } });
    expect(await file.text()).toBe(note);
    const verify = await runScript('src/ops/audit-verify.ts', [], env);
    expect(verify.stdout).toContain('OK       demo-primary');
    expect(verify.code).toBe(0);
    const personas = (await (await fetch(url('/dev-idp/personas'))).json()) as { items: { key: string }[] };
    expect(personas.items.map((p) => p.key)).toEqual(['dsl', 'deputy', 'teacher', 'teacher2', 'senco', 'admin', 'outsider']);
    expect(await stopped(second.child)).toBe(0);

    await runScript('src/local/reset.ts', [], env);
    expect(existsSync(join(dataDir, 'blob'))).toBe(false);
    const third = await start();
    expect(third.output()).toContain('demo school seeded');
    expect((await fetch(url(`/api/concerns/${id}`), { headers: { authorization: `Bearer ${dsl}` } })).status).toBe(404);
    await stopped(third.child);
  }, 180_000);

  it('refuses to start in production mode with the dev issuer', async () => {
    const r = await runScript('src/main.ts', [], {
      LANTERN_MODE: 'production', TENANT_ID: '4b1d6e2a-9c3f-4e57-8a10-2f6c5d7e9b01', API_CLIENT_ID: 'b7e3c1d4-5a6f-4c2b-9d8e-1f0a3b5c7d92',
      AUTH_AUTHORITY: 'http://127.0.0.1:3978/dev-idp', COSMOS_ENDPOINT: 'https://example.documents.azure.com:443/', COSMOS_USE_MANAGED_IDENTITY: 'true', MICROSOFT_APP_ID: 'c0ffee00-1111-4222-8333-444455556666',
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('AUTH_AUTHORITY');
  }, 60_000);
});
