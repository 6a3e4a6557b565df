import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequestActor, NoAccessError } from '../../src/identity/request-actor.js';
import type { SchoolDirectory } from '../../src/identity/school-directory.js';
import { entraLikeClaims, OTHER_TENANT_ID, sign } from './craft.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The tab tells people what to do from these reasons (src/tab/auth/sign-in-problems.ts). */
describe('sign-in refusals carry a stable reason', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('a token from another organisation: 401 unauthenticated, reason other_tenant', async () => {
    const token = await sign(t.idp, entraLikeClaims(t.idp, { tid: OTHER_TENANT_ID }));
    const r = await t.call(null, 'GET', '/api/me', { headers: { authorization: `Bearer ${token}` } });
    expect(r.status).toBe(401);
    expect(r.json.error).toMatchObject({ code: 'unauthenticated', reason: 'other_tenant' });
  });

  it('someone in no Lantern group: 403 forbidden, reason no_lantern_role', async () => {
    const r = await t.call('outsider', 'GET', '/api/me');
    expect(r.status).toBe(403);
    expect(r.json.error).toMatchObject({ code: 'forbidden', reason: 'no_lantern_role' });
  });

  it('a tenant with no school configured: forbidden, reason school_not_set_up, saying so', async () => {
    const none = { schoolsOf: async () => [] } as unknown as SchoolDirectory;
    const refusal = await resolveRequestActor(none, { tenantId: OTHER_TENANT_ID, oid: 'o', name: 'n', groups: [] }, undefined).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(NoAccessError);
    expect(refusal).toMatchObject({ code: 'forbidden', reason: 'school_not_set_up', message: expect.stringMatching(/not set up for your school/) });
  });
});
