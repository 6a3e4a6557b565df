import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attackerKey, entraLikeClaims, hs256WithPublicPem, now, OTHER_TENANT_ID, sign, tamper, unsigned } from '../identity/craft.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const get = (authorization?: string) =>
  t.call(null, 'GET', '/api/concerns', authorization === undefined ? {} : { headers: { authorization } });

describe('tokens at the API door', () => {
  const cases: [string, () => Promise<string | undefined>][] = [
    ['no token', async () => undefined],
    ['malformed', async () => 'Bearer not.a.jwt'],
    ['alg none', async () => `Bearer ${unsigned(entraLikeClaims(t.idp))}`],
    ['HS256 signed with the public key', async () => `Bearer ${await hs256WithPublicPem(t.idp, entraLikeClaims(t.idp))}`],
    ['signed by an unknown key', async () => `Bearer ${await sign(t.idp, entraLikeClaims(t.idp), {}, (await attackerKey()).privateKey)}`],
    ['tampered payload', async () => `Bearer ${tamper(await sign(t.idp, entraLikeClaims(t.idp)), { oid: '6a2e9f10-7c4b-4d3e-8f21-000000000001' })}`],
    ['expired', async () => `Bearer ${await sign(t.idp, entraLikeClaims(t.idp, { exp: now() - 3600, iat: now() - 7200, nbf: now() - 7200 }))}`],
    ['not yet valid', async () => `Bearer ${await sign(t.idp, entraLikeClaims(t.idp, { nbf: now() + 3600 }))}`],
    ['wrong audience', async () => `Bearer ${await sign(t.idp, entraLikeClaims(t.idp, { aud: '11111111-2222-4333-8444-555555555555' }))}`],
    ['wrong issuer', async () => `Bearer ${await sign(t.idp, entraLikeClaims(t.idp, { iss: 'https://evil.example/v2.0' }))}`],
    ['no kid in the header', async () => `Bearer ${await sign(t.idp, entraLikeClaims(t.idp), { kid: undefined })}`],
    ['a ten-year lifetime', async () => `Bearer ${await sign(t.idp, entraLikeClaims(t.idp, { exp: now() + 10 * 365 * 86_400 }))}`],
    ['a 24-hour lifetime', async () => `Bearer ${await sign(t.idp, entraLikeClaims(t.idp, { exp: now() + 86_400 }))}`],
    ['no iat or nbf', async () => `Bearer ${await sign(t.idp, entraLikeClaims(t.idp, { iat: undefined, nbf: undefined }))}`],
    ['other tenant', async () => `Bearer ${await sign(t.idp, entraLikeClaims(t.idp, { tid: OTHER_TENANT_ID, iss: `${t.idp.authority}/${OTHER_TENANT_ID}/v2.0` }))}`],
  ];

  for (const [name, make] of cases) {
    it(`${name} → 401`, async () => {
      const r = await get(await make());
      expect(r.status).toBe(401);
      expect(r.json.error.code).toBe('unauthenticated');
      expect(r.headers.get('www-authenticate')).toContain('Bearer');
    });
  }

  it('a token living 90 minutes, as Entra may issue, is accepted', async () => {
    const token = await sign(t.idp, entraLikeClaims(t.idp, { exp: now() + 90 * 60 }));
    expect((await get(`Bearer ${token}`)).status).toBe(200);
  });

  it('a dev identity provider token for a persona is accepted', async () => {
    expect((await t.call('teacher', 'GET', '/api/concerns')).status).toBe(200);
  });

  it('missing access_as_user scope → 403', async () => {
    const token = await sign(t.idp, entraLikeClaims(t.idp, { scp: 'User.Read' }));
    const r = await get(`Bearer ${token}`);
    expect(r.status).toBe(403);
  });

  it('a valid Teams-shaped token is accepted', async () => {
    const token = await sign(t.idp, entraLikeClaims(t.idp));
    expect((await get(`Bearer ${token}`)).status).toBe(200);
  });

  it('group overage without a Graph resolver is refused, never guessed', async () => {
    const claims = entraLikeClaims(t.idp, { _claim_names: { groups: 'src1' } });
    delete (claims as Record<string, unknown>).groups;
    const token = await sign(t.idp, claims);
    expect((await get(`Bearer ${token}`)).status).toBe(403);
  });
});
