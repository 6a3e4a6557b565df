import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { graphSettings } from '../../../src/identity/graph/graph-settings.js';
import { createTokenSource } from '../../../src/identity/graph/token-source.js';
import { DEMO_TENANT_ID } from '../../../src/local/demo-identity.js';
import { startGraphStandIn, type GraphStandIn } from '../../support/graph-stand-in.js';

const BASE = { TENANT_ID: DEMO_TENANT_ID, API_CLIENT_ID: '4b1d6e2a-9c3f-4e57-8a10-2f6c5d7e9b02', LANTERN_MODE: 'local' };
const CLIENT = '4b1d6e2a-9c3f-4e57-8a10-2f6c5d7e9b03';
const problems = (env: Record<string, string>) => {
  try {
    loadConfig({ ...BASE, ...env });
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('GRAPH_* settings', () => {
  it('leave Graph off by default, with a 5-minute membership window', () => {
    const config = loadConfig(BASE);
    expect(graphSettings(config)).toBeUndefined();
    expect(config.MEMBERSHIP_CACHE_SECONDS).toBe(300);
  });

  it.each([
    [{ GRAPH_CLIENT_ID: CLIENT }, 'GRAPH_CLIENT_ID: needs exactly one of GRAPH_CLIENT_SECRET or GRAPH_CERTIFICATE_PATH'],
    [{ GRAPH_CLIENT_SECRET: 's' }, 'GRAPH_CLIENT_ID: is required'],
    [{ GRAPH_USE_MANAGED_IDENTITY: 'true', GRAPH_CLIENT_ID: CLIENT, GRAPH_CLIENT_SECRET: 's' }, 'GRAPH_USE_MANAGED_IDENTITY: use either'],
    [{ GRAPH_CLIENT_ID: CLIENT, GRAPH_CLIENT_SECRET: 's', GRAPH_BASE_URL: 'http://graph.example' }, 'GRAPH_BASE_URL: must be an https:// address'],
    [{ LANTERN_MODE: 'production', GRAPH_BASE_URL: 'https://127.0.0.1:8443' }, 'GRAPH_BASE_URL: production accepts only graph.microsoft.com'],
    [{ LANTERN_MODE: 'production', GRAPH_AUTHORITY: 'https://login.evil.example' }, 'GRAPH_AUTHORITY: production accepts only an Entra ID authority'],
    [{ MEMBERSHIP_CACHE_SECONDS: '-1' }, 'MEMBERSHIP_CACHE_SECONDS'],
  ])('%j is refused at start-up', (env, message) => expect(problems(env)).toContain(message));

  it('pick the credential: secret, certificate or managed identity', () => {
    expect(graphSettings(loadConfig({ ...BASE, GRAPH_CLIENT_ID: CLIENT, GRAPH_CLIENT_SECRET: 's' }))?.credential.kind).toBe('secret');
    expect(graphSettings(loadConfig({ ...BASE, GRAPH_CLIENT_ID: CLIENT, GRAPH_CERTIFICATE_PATH: '/x.pem' }))?.credential.kind).toBe('certificate');
    expect(graphSettings(loadConfig({ ...BASE, GRAPH_USE_MANAGED_IDENTITY: 'true', AZURE_CLIENT_ID: CLIENT }))?.credential).toEqual({ kind: 'managedIdentity', clientId: CLIENT });
  });
});

describe('certificate credential', () => {
  let g: GraphStandIn;
  let dir: string;
  beforeAll(async () => {
    g = await startGraphStandIn();
    dir = await mkdtemp(join(tmpdir(), 'lantern-graph-cert-'));
  });
  afterAll(async () => {
    await g.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('signs a client assertion that names the certificate by its SHA-256 thumbprint', async () => {
    const pemFile = join(dir, 'app.pem');
    await writeFile(pemFile, g.certificatePem, { mode: 0o600 });
    const tokens = createTokenSource({ tenantId: DEMO_TENANT_ID, authority: g.baseUrl, resource: g.baseUrl, credential: { kind: 'certificate', clientId: g.clientId, pemFile }, send: g.fetch });
    expect(await tokens.getAccessToken()).toMatch(/^stand-in-token-/);
  });

  it('explains a PEM file without a key', async () => {
    const pemFile = join(dir, 'cert-only.pem');
    await writeFile(pemFile, g.certificatePem.split('-----BEGIN PRIVATE KEY-----')[0]!);
    expect(() => createTokenSource({ tenantId: DEMO_TENANT_ID, authority: g.baseUrl, resource: g.baseUrl, credential: { kind: 'certificate', clientId: g.clientId, pemFile }, send: g.fetch })).toThrow(/certificate and its private key/);
  });
});
