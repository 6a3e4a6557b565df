import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { bootstrapSchools } from '../../src/core/usecases/bootstrap-schools.js';
import { DEMO_TENANT_ID } from '../../src/local/demo-identity.js';
import { startAccessApp, type AccessApp } from './access-app.js';

const G = { staff: 'ab000000-0000-4000-8000-000000000001', dsl: 'ab000000-0000-4000-8000-000000000002', admin: 'ab000000-0000-4000-8000-000000000003' };
const SCHOOLS = [{ id: 'st-anne', name: "St Anne's CE Primary", staffGroups: [G.staff], dslGroups: [G.dsl], adminGroups: [G.admin] }];
const ADMIN = { oid: 'ab000000-0000-4000-8000-0000000000a1', name: 'Bo Admin', groups: [G.admin] };

let t: AccessApp;
beforeAll(async () => {
  t = await startAccessApp({ env: { LANTERN_SCHOOLS: JSON.stringify(SCHOOLS) } });
});
afterAll(() => t.close());

describe('schools bootstrapped from configuration (LANTERN_SCHOOLS)', () => {
  it('creates a missing school with default categories and the configured groups', async () => {
    const token = await t.idp.idp.issueToken(ADMIN);
    const r = await t.call({ token }, 'GET', '/api/access-config');
    expect(r.status).toBe(200);
    expect(r.json.config).toMatchObject({ staffGroups: [G.staff], dslGroups: [G.dsl], adminGroups: [G.admin], escalationGroups: [] });
    expect(r.json.categories).toHaveLength(12);
  });

  it('never overwrites a school that exists: admins’ changes stand', async () => {
    const token = await t.idp.idp.issueToken(ADMIN);
    const etag = (await t.call({ token }, 'GET', '/api/access-config')).headers.get('etag')!;
    const other = 'ab000000-0000-4000-8000-000000000009';
    expect((await t.call({ token }, 'PATCH', '/api/access-config', { body: { staffGroups: [other] }, headers: { 'if-match': etag } })).status).toBe(200); // narrowing: takes effect at once
    const config = loadConfig({ TENANT_ID: DEMO_TENANT_ID, API_CLIENT_ID: DEMO_TENANT_ID, LANTERN_MODE: 'local', LANTERN_SCHOOLS: JSON.stringify(SCHOOLS) });
    expect(await bootstrapSchools(t.app.deps, DEMO_TENANT_ID, config.LANTERN_SCHOOLS!)).toEqual([]);
    expect((await t.cosmos.store.schools.get('st-anne'))!.access.staffGroups).toEqual([other]);
  });

  it('refuses a malformed setting at start-up, naming it', () => {
    const load = (value: string) => () => loadConfig({ TENANT_ID: DEMO_TENANT_ID, API_CLIENT_ID: DEMO_TENANT_ID, LANTERN_SCHOOLS: value, LANTERN_MODE: 'local' });
    expect(load('not json')).toThrow(/LANTERN_SCHOOLS: must be a JSON array of schools/);
    expect(load(JSON.stringify([{ ...SCHOOLS[0], adminGroups: [] }]))).toThrow(/LANTERN_SCHOOLS\.0\.adminGroups/);
  });
});
