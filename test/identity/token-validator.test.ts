import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LanternError } from '../../src/core/errors.js';
import { createTokenValidator, type TokenValidator } from '../../src/identity/token-validator.js';
import { defaultAllowedClientIds } from '../../src/identity/teams-client-ids.js';
import { DEMO_API_CLIENT_ID, DEMO_TENANT_ID, personaByKey } from '../../src/local/demo-identity.js';
import { startJwksServer, type JwksServer } from '../support/jwks-server.js';
import {
  OTHER_TENANT_ID, attackerKey, bearer, entraLikeClaims, hs256WithPublicPem, now, sign, tamper,
  teacher, unsigned,
} from './craft.js';

let server: JwksServer;
let validator: TokenValidator;

const validatorFor = (authority: string) =>
  createTokenValidator({
    tenantId: DEMO_TENANT_ID,
    audiences: [DEMO_API_CLIENT_ID, `api://localhost/${DEMO_API_CLIENT_ID}`],
    authority,
    allowedClientIds: defaultAllowedClientIds(DEMO_API_CLIENT_ID),
  });

beforeAll(async () => {
  server = await startJwksServer();
  validator = validatorFor(server.authority);
});
afterAll(() => server.close());

/** Runs `validate` and returns the LanternError it must throw. */
async function rejection(v: TokenValidator, header: string | undefined): Promise<LanternError> {
  const error = await v.validate(header).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LanternError);
  return error as LanternError;
}

const claims = (o = {}) => entraLikeClaims(server, o);
const signed = (o = {}) => sign(server, claims(o));

type Case = [name: string, header: () => Promise<string | undefined>, reason: RegExp];
const t = () => now();

const unauthenticatedCases: Case[] = [
  ['no header', async () => undefined, /Bearer <token>/],
  ['empty header', async () => '', /Bearer <token>/],
  ['not Bearer', async () => 'Basic dXNlcjpwYXNz', /scheme.*Bearer <token>/],
  ['Bearer without token', async () => 'Bearer ', /Bearer <token>/],
  ['malformed token', async () => 'Bearer not-a-jwt', /malformed/],
  ['three junk segments', async () => 'Bearer aaa.bbb.ccc', /malformed/],
  ['alg none', async () => bearer(unsigned(claims())), /RS256/],
  ['HS256 keyed with the public PEM', async () => bearer(await hs256WithPublicPem(server, claims())), /RS256/],
  ['unknown RSA key, same kid', async () => bearer(await sign(server, claims(), {}, (await attackerKey()).privateKey)), /signature/],
  ['tampered payload (oid changed)', async () => bearer(tamper(await signed(), { oid: personaByKey('dsl')!.oid })), /signature/],
  ['expired', async () => bearer(await signed({ iat: t() - 7200, nbf: t() - 7200, exp: t() - 120 })), /expired/],
  ['not yet valid', async () => bearer(await signed({ nbf: t() + 300, exp: t() + 3900 })), /not valid yet/],
  ['no exp', async () => bearer(await signed({ exp: undefined })), /claims/],
  ['wrong audience', async () => bearer(await signed({ aud: '11111111-2222-4333-8444-555555555555' })), /not intended/],
  ['wrong issuer (real Entra)', async () => bearer(await signed({ iss: `https://login.microsoftonline.com/${DEMO_TENANT_ID}/v2.0` })), /not issued/],
  ['v1 issuer', async () => bearer(await signed({ iss: `https://sts.windows.net/${DEMO_TENANT_ID}/` })), /not issued/],
  ['other tenant (tid and iss)', async () => bearer(await signed({ tid: OTHER_TENANT_ID, iss: `${server.authority}/${OTHER_TENANT_ID}/v2.0` })), /not issued/],
  ['other tenant (tid only)', async () => bearer(await signed({ tid: OTHER_TENANT_ID })), /another organisation/],
  ['azp not an allowed client', async () => bearer(await signed({ azp: '22222222-3333-4444-8555-666666666666' })), /app that may not/],
  ['no azp', async () => bearer(await signed({ azp: undefined })), /app that may not/],
  ['missing oid', async () => bearer(await signed({ oid: undefined })), /oid/],
  ['oid not a GUID', async () => bearer(await signed({ oid: 'alex@school.example' })), /oid/],
  ['missing tid', async () => bearer(await signed({ tid: undefined })), /tid/],
  ['groups not a list of strings', async () => bearer(await signed({ groups: 'staff' })), /groups/],
];

describe('createTokenValidator rejects', () => {
  it.each(unauthenticatedCases)('%s → unauthenticated', async (_name, header, reason) => {
    const h = await header();
    const error = await rejection(validator, h);
    expect(error.code).toBe('unauthenticated');
    expect(error.message).toMatch(reason);
    for (const part of (h ?? '').replace(/^\S+\s*/, '').split('.').filter((p) => p.length > 8)) {
      expect(error.message).not.toContain(part);
    }
  });

  it.each([
    ['another scope only', { scp: 'User.Read' }],
    ['no scp claim', { scp: undefined }],
  ])('a valid token with %s → forbidden', async (_name, override) => {
    const error = await rejection(validator, bearer(await signed(override)));
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/lacks the access_as_user scope/);
  });
});

describe('keys come only from the configured JWKS', () => {
  it('rejects an attacker key embedded as a jwk header', async () => {
    const attacker = await attackerKey();
    const jwk = { ...attacker.publicJwk, kid: 'attacker' };
    for (const kid of ['attacker', server.key.kid]) {
      const token = await sign(server, claims(), { kid, jwk }, attacker.privateKey);
      expect((await rejection(validator, bearer(token))).code).toBe('unauthenticated');
    }
  });

  it('never fetches a jku or x5u URL from the token', async () => {
    const attackerIdp = await startJwksServer();
    try {
      const { kid, privateKey } = attackerIdp.key;
      const header = { kid, jku: attackerIdp.idp.jwksUri, x5u: attackerIdp.idp.jwksUri };
      const token = await sign(server, claims(), header, privateKey);
      expect((await rejection(validator, bearer(token))).code).toBe('unauthenticated');
      expect(attackerIdp.jwksRequests()).toBe(0);
    } finally {
      await attackerIdp.close();
    }
  });
});

describe('createTokenValidator accepts', () => {
  it('a dev IdP token for a persona', async () => {
    const dsl = personaByKey('dsl')!;
    const token = await server.idp.issueToken({ oid: dsl.oid, name: dsl.name, groups: dsl.groups });
    expect(await validator.validate(bearer(token))).toEqual({
      tenantId: DEMO_TENANT_ID,
      oid: dsl.oid,
      name: dsl.name,
      groups: dsl.groups,
      groupsOverage: false,
      scopes: ['access_as_user'],
      clientId: DEMO_API_CLIENT_ID,
    });
  });

  it('an Entra-shaped token from Teams desktop, with a lower-case scheme', async () => {
    const result = await validator.validate(`bearer ${await signed({ scp: 'email access_as_user profile' })}`);
    expect(result).toMatchObject({ oid: teacher.oid, clientId: claims().azp, groups: teacher.groups });
    expect(result.scopes).toEqual(['email', 'access_as_user', 'profile']);
  });

  it('a group-overage token: groupsOverage, no groups, no URL followed', async () => {
    const overage = { groups: undefined, _claim_names: { groups: 'src1' }, _claim_sources: { src1: { endpoint: 'http://127.0.0.1:1/never' } } };
    const result = await validator.validate(bearer(await signed(overage)));
    expect(result.groupsOverage).toBe(true);
    expect(result.groups).toBeUndefined();
  });

  it('an api:// audience when configured', async () => {
    const result = await validator.validate(bearer(await signed({ aud: `api://localhost/${DEMO_API_CLIENT_ID}` })));
    expect(result.oid).toBe(teacher.oid);
  });

  it('a small clock skew (nbf 30 s ahead)', async () => {
    const result = await validator.validate(bearer(await signed({ iat: t() + 30, nbf: t() + 30 })));
    expect(result.oid).toBe(teacher.oid);
  });
});

describe('JWKS fetching', () => {
  it('fetches the key set once for many tokens', async () => {
    const fresh = validatorFor(server.authority);
    const before = server.jwksRequests();
    for (let i = 0; i < 3; i++) await fresh.validate(bearer(await signed()));
    expect(server.jwksRequests() - before).toBe(1);
  });

  it('reports unreachable signing keys as unauthenticated, asking to retry', async () => {
    const gone = await startJwksServer();
    await gone.close();
    const error = await rejection(validatorFor(gone.authority), bearer(await signed()));
    expect(error.code).toBe('unauthenticated');
    expect(error.message).toBe('Signing keys could not be fetched; try again shortly');
  });

  it('refuses nonsense configuration', () => {
    expect(() => createTokenValidator({ tenantId: 'contoso', audiences: ['x'], authority: server.authority, allowedClientIds: ['y'] })).toThrow(/GUID/);
    expect(() => createTokenValidator({ tenantId: DEMO_TENANT_ID, audiences: [], authority: server.authority, allowedClientIds: ['y'] })).toThrow(/audiences/);
  });
});
