import { X509Certificate } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CosmosClient } from '@azure/cosmos';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCosmosClient } from '../../src/store/cosmos-client.js';
import { createCosmosStore } from '../../src/store/cosmos-store.js';
import { startEmbeddedCosmos } from '../../src/store/embedded/embedded-cosmos.js';
import { loadOrCreateTls } from '../../src/store/embedded/tls.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';

let cosmos: TestCosmos;
let dir: string;
beforeAll(async () => {
  cosmos = await startTestCosmos();
  dir = await mkdtemp(join(tmpdir(), 'lantern-tls-'));
});
afterAll(async () => {
  await cosmos?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const noRetry = { retryOptions: { maxRetryAttemptCount: 0 }, requestTimeout: 5_000 };

describe('TLS to the embedded server', () => {
  it('serves HTTPS on loopback', () => {
    expect(cosmos.endpoint).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  });

  it('is refused by a client that does not trust its certificate', async () => {
    const stranger = new CosmosClient({ endpoint: cosmos.endpoint, key: cosmos.key, connectionPolicy: noRetry });
    try {
      await expect(stranger.database(cosmos.database.id).read()).rejects.toMatchObject({
        code: expect.stringMatching(/SELF_SIGNED|UNABLE_TO_VERIFY|CERT/),
      });
    } finally {
      stranger.dispose();
    }
  });

  it('is refused when the client trusts a different certificate', async () => {
    const other = await loadOrCreateTls();
    const client = createCosmosClient({ endpoint: cosmos.endpoint, key: cosmos.key, ca: other.cert });
    try {
      await expect(client.database(cosmos.database.id).read()).rejects.toMatchObject({
        code: expect.stringMatching(/SELF_SIGNED|UNABLE_TO_VERIFY|CERT/),
      });
    } finally {
      client.dispose();
    }
  });

  it('refuses to listen beyond loopback', async () => {
    const tls = { key: 'unused', cert: 'unused' }; // refused before the certificate is used
    await expect(startEmbeddedCosmos({ host: '0.0.0.0', tls })).rejects.toThrow(/loopback/);
  });
});

describe('loadOrCreateTls', () => {
  it('makes a 2048-bit certificate for localhost and 127.0.0.1, kept in dir and reused', async () => {
    const first = await loadOrCreateTls(dir);
    const cert = new X509Certificate(first.cert);
    expect(cert.subjectAltName).toContain('DNS:localhost');
    expect(cert.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(cert.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect((await stat(join(dir, 'cosmos-key.pem'))).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateTls(dir)).toEqual(first);
  });
});

describe('store failures', () => {
  it('reports store_unavailable when the server is gone', async () => {
    const tls = await loadOrCreateTls();
    const server = await startEmbeddedCosmos({ tls });
    const client = createCosmosClient({ endpoint: server.endpoint, key: server.key, ca: server.ca });
    const store = createCosmosStore(client.database('gone'));
    await server.close();
    try {
      await expect(store.ping()).rejects.toMatchObject({ code: 'store_unavailable' });
      await expect(store.concerns.get('s', 'c')).rejects.toMatchObject({ code: 'store_unavailable' });
    } finally {
      client.dispose();
    }
  });
});
