import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isEntraAuthority, ENTRA_AUTHORITY } from '../../src/identity/authority.js';
import { createDevIdentityProvider } from '../../src/identity/dev-idp.js';
import { DEV_KEY_FILE } from '../../src/identity/dev-idp-key.js';
import { createTokenValidator } from '../../src/identity/token-validator.js';
import { defaultAllowedClientIds } from '../../src/identity/teams-client-ids.js';
import { DEMO_API_CLIENT_ID, DEMO_TENANT_ID, personaByKey } from '../../src/local/demo-identity.js';
import { startJwksServer } from '../support/jwks-server.js';

const AUTHORITY = 'http://127.0.0.1:3978/dev-idp';
const base = { tenantId: DEMO_TENANT_ID, audience: DEMO_API_CLIENT_ID, clientId: DEMO_API_CLIENT_ID };
const dsl = personaByKey('dsl')!;
let keyDir: string;

beforeEach(async () => {
  keyDir = join(await mkdtemp(join(tmpdir(), 'lantern-devidp-')), 'keys');
});
afterEach(() => rm(join(keyDir, '..'), { recursive: true, force: true }));

describe('dev IdP key', () => {
  it('is persisted (0600) and reused by a second instance with the same keyDir', async () => {
    const first = await createDevIdentityProvider({ ...base, authority: AUTHORITY, keyDir });
    const file = join(keyDir, DEV_KEY_FILE);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    const second = await createDevIdentityProvider({ ...base, authority: AUTHORITY, keyDir });
    expect(second.jwks()).toEqual(first.jwks());
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ kty: 'RSA', alg: 'RS256', kid: first.jwks().keys[0]!.kid });
  });

  it("signs tokens that validate against another instance's JWKS served over HTTP", async () => {
    const server = await startJwksServer({ keyDir });
    try {
      const earlier = await createDevIdentityProvider({ ...base, authority: server.authority, keyDir });
      const token = await earlier.issueToken({ oid: dsl.oid, name: dsl.name, groups: dsl.groups });
      const validator = createTokenValidator({
        tenantId: DEMO_TENANT_ID,
        audiences: [DEMO_API_CLIENT_ID],
        authority: server.authority,
        allowedClientIds: defaultAllowedClientIds(DEMO_API_CLIENT_ID),
      });
      expect(await validator.validate(`Bearer ${token}`)).toMatchObject({ oid: dsl.oid, groups: dsl.groups });
    } finally {
      await server.close();
    }
  });

  it('publishes only the public half of the key', async () => {
    const idp = await createDevIdentityProvider({ ...base, authority: AUTHORITY });
    const [key] = idp.jwks().keys;
    expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    for (const member of ['d', 'p', 'q', 'dp', 'dq', 'qi']) expect(key).not.toHaveProperty(member);
  });

  it('generates a different key per instance without keyDir', async () => {
    const a = await createDevIdentityProvider({ ...base, authority: AUTHORITY });
    const b = await createDevIdentityProvider({ ...base, authority: AUTHORITY });
    expect(a.jwks().keys[0]!.kid).not.toBe(b.jwks().keys[0]!.kid);
  });
});

describe('dev IdP documents and tokens', () => {
  it('has an OpenID configuration at the Entra-shaped paths', async () => {
    const idp = await createDevIdentityProvider({ ...base, authority: `${AUTHORITY}/` });
    expect(idp.openIdConfiguration()).toMatchObject({
      issuer: `${AUTHORITY}/${DEMO_TENANT_ID}/v2.0`,
      jwks_uri: `${AUTHORITY}/${DEMO_TENANT_ID}/discovery/v2.0/keys`,
      id_token_signing_alg_values_supported: ['RS256'],
    });
  });

  it('issues Entra v2-shaped access tokens', async () => {
    const idp = await createDevIdentityProvider({ ...base, authority: AUTHORITY });
    const token = await idp.issueToken({ oid: dsl.oid, name: dsl.name, groups: dsl.groups });
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'RS256', typ: 'JWT', kid: idp.jwks().keys[0]!.kid });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      aud: DEMO_API_CLIENT_ID, iss: idp.issuer, tid: DEMO_TENANT_ID, oid: dsl.oid, name: dsl.name,
      scp: 'access_as_user', azp: DEMO_API_CLIENT_ID, ver: '2.0', groups: dsl.groups,
    });
    expect(claims.exp! - claims.iat!).toBe(3600); // like Entra: an hour, within the API's two-hour bound
    expect(claims.nbf).toBe(claims.iat);
    expect(typeof claims.sub).toBe('string');
    expect(typeof claims.uti).toBe('string');
  });

  it('honours scopes, lifetime and azp, and refuses bad input', async () => {
    const idp = await createDevIdentityProvider({ ...base, authority: AUTHORITY });
    const token = await idp.issueToken({ oid: dsl.oid, name: dsl.name, groups: [], scopes: ['User.Read'], lifetimeSec: 60, azp: 'x' });
    expect(decodeJwt(token)).toMatchObject({ scp: 'User.Read', azp: 'x' });
    await expect(idp.issueToken({ oid: 'alex', name: 'Alex', groups: [] })).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('refuses to pose as Entra ID', async () => {
    expect(isEntraAuthority(ENTRA_AUTHORITY)).toBe(true);
    expect(isEntraAuthority(AUTHORITY)).toBe(false);
    await expect(createDevIdentityProvider({ ...base, authority: ENTRA_AUTHORITY })).rejects.toThrow(/Entra/);
  });
});
