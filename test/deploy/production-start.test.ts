import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** A production environment that passes configuration (it would go on to reach Cosmos DB). */
const SAFE: Record<string, string> = {
  LANTERN_MODE: 'production',
  TENANT_ID: '4b1d6e2a-9c3f-4e57-8a10-2f6c5d7e9b01',
  API_CLIENT_ID: 'b7e3c1d4-5a6f-4c2b-9d8e-1f0a3b5c7d92',
  COSMOS_ENDPOINT: 'https://cosmos-lantern-abc.documents.azure.com:443/',
  COSMOS_USE_MANAGED_IDENTITY: 'true',
  MICROSOFT_APP_ID: 'c0ffee00-1111-4222-8333-444455556666',
  MICROSOFT_APP_TYPE: 'UserAssignedMSI',
  MICROSOFT_APP_TENANT_ID: '4b1d6e2a-9c3f-4e57-8a10-2f6c5d7e9b01',
};

/** Runs the production entry point with exactly `env` (plus PATH), never the test runner's own environment. */
function startProduction(env: Record<string, string | undefined>) {
  const clean = Object.fromEntries(Object.entries({ ...env, PATH: process.env.PATH, HOME: process.env.HOME }).filter(([, v]) => v !== undefined));
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('node_modules/.bin/tsx', ['src/main.ts'], { env: clean as Record<string, string> });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const UNSAFE: [string, Record<string, string | undefined>, string][] = [
  ['the dev issuer', { AUTH_AUTHORITY: 'http://127.0.0.1:3978/dev-idp' }, 'AUTH_AUTHORITY'],
  ['an empty MicrosoftAppId', { MICROSOFT_APP_ID: '' }, 'MICROSOFT_APP_ID'],
  ['a Cosmos DB account key', { COSMOS_KEY: 'c2VjcmV0LWFjY291bnQta2V5', COSMOS_USE_MANAGED_IDENTITY: undefined }, 'COSMOS_KEY'],
  ['Cosmos DB without managed identity', { COSMOS_USE_MANAGED_IDENTITY: 'false' }, 'COSMOS_USE_MANAGED_IDENTITY'],
  ['no tenant id', { TENANT_ID: undefined }, 'TENANT_ID: is required'],
  ['no API client id', { API_CLIENT_ID: undefined }, 'API_CLIENT_ID: is required'],
  ['no Cosmos DB endpoint', { COSMOS_ENDPOINT: undefined }, 'COSMOS_ENDPOINT'],
  ['a managed-identity bot without its tenant', { MICROSOFT_APP_TENANT_ID: undefined }, 'MICROSOFT_APP_TENANT_ID'],
  ['a plain-http public address', { PUBLIC_BASE_URL: 'http://lantern.example.sch.uk' }, 'PUBLIC_BASE_URL'],
  ['LANTERN_MODE=local', { LANTERN_MODE: 'local' }, 'LANTERN_MODE'],
  ['the loopback exemption from rate limits', { RATE_LIMIT_EXEMPT_LOOPBACK: 'true' }, 'RATE_LIMIT_EXEMPT_LOOPBACK'],
  ['X-Forwarded-For trusted beyond the front end', { TRUST_PROXY_HOPS: '2' }, 'TRUST_PROXY_HOPS'],
  ['a malformed telemetry connection string', { APPLICATIONINSIGHTS_CONNECTION_STRING: 'not-a-connection-string' }, 'APPLICATIONINSIGHTS_CONNECTION_STRING'],
];

describe('production start-up refuses unsafe configuration', () => {
  it.concurrent.each(UNSAFE)('with %s: exits non-zero naming %s', async (_, change, named) => {
    const r = await startProduction({ ...SAFE, ...change });
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('Lantern cannot start');
    expect(r.output).toContain(named);
    expect(r.output).not.toContain('c2VjcmV0LWFjY291bnQta2V5'); // never echoes a secret
  }, 60_000);

  it('with LANTERN_MODE=local and an account key: refuses, naming both, instead of starting in local mode', async () => {
    const r = await startProduction({ ...SAFE, LANTERN_MODE: 'local', COSMOS_KEY: 'c2VjcmV0LWFjY291bnQta2V5', COSMOS_USE_MANAGED_IDENTITY: undefined });
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('Lantern cannot start');
    for (const name of ['LANTERN_MODE', 'COSMOS_KEY', 'COSMOS_USE_MANAGED_IDENTITY']) expect(r.output).toContain(name);
    expect(r.output).not.toContain('local mode on');
    expect(r.output).not.toContain('c2VjcmV0LWFjY291bnQta2V5');
  }, 60_000);

  it('names every problem at once', async () => {
    const r = await startProduction({ LANTERN_MODE: 'production', AUTH_AUTHORITY: 'http://127.0.0.1:3978/dev-idp', COSMOS_KEY: 'k' });
    expect(r.code).not.toBe(0);
    for (const name of ['TENANT_ID', 'API_CLIENT_ID', 'AUTH_AUTHORITY', 'COSMOS_ENDPOINT', 'MICROSOFT_APP_ID', 'COSMOS_KEY', 'COSMOS_USE_MANAGED_IDENTITY']) {
      expect(r.output).toContain(name);
    }
  }, 60_000);
});
