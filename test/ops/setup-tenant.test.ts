import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/core/usecases/context.js';
import { createGraphApi, type GraphApi } from '../../src/identity/graph/graph-api.js';
import { createTokenSource } from '../../src/identity/graph/token-source.js';
import { readFileSync } from 'node:fs';
import { schoolsBootstrapEnv } from '../../src/core/validation/school-bootstrap.js';
import { APPLICATION_PERMISSIONS, MICROSOFT_GRAPH_APP_ID, appSettingSchoolWriter, setupTenant, type TenantSetupOptions } from '../../src/ops/tenant-setup.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-stand-in.js';

const TENANT = '8f3c2a1e-0000-4000-8000-0000000a11ce';
const LANTERN_APP = '2b7e4c9d-0000-4000-8000-00000000a995';
const APP_SP = '4c5d6e7f-0000-4000-8000-0000000005b1';
const GRAPH_SP = '9a8b7c6d-0000-4000-8000-00000000095b';

let g: GraphStandIn;
let cosmos: TestCosmos;
let graph: GraphApi;
let deps: Deps;

const options = (more: Partial<TenantSetupOptions> = {}): TenantSetupOptions => ({
  tenantId: TENANT,
  clientId: LANTERN_APP,
  school: 'st-marys',
  schoolName: "St Mary's Primary School",
  ...more,
});
/** Graph calls that are not token requests, e.g. "POST /v1.0/groups". */
const writes = () => g.requests.filter((r) => /^(POST|PATCH|PUT|DELETE) \/v1\.0\//.test(r) && !r.endsWith('/directoryObjects/getByIds'));

beforeAll(async () => {
  [g, cosmos] = await Promise.all([startGraphStandIn(), startTestCosmos()]);
  g.servicePrincipals.set(APP_SP, { id: APP_SP, appId: LANTERN_APP, displayName: 'Lantern', appRoles: [] });
  g.servicePrincipals.set(GRAPH_SP, {
    id: GRAPH_SP,
    appId: MICROSOFT_GRAPH_APP_ID,
    displayName: 'Microsoft Graph',
    appRoles: [...APPLICATION_PERMISSIONS, 'Directory.ReadWrite.All'].map((value) => ({ id: randomUUID(), value })),
  });
  // Unrelated groups whose names merely contain the wanted ones are never picked.
  g.groups.set('11111111-0000-4000-8000-000000000001', { id: '11111111-0000-4000-8000-000000000001', displayName: 'Lantern – Staff (old)', members: [] });
  const tokens = createTokenSource({ tenantId: TENANT, authority: g.baseUrl, resource: new URL(g.baseUrl).origin, credential: { kind: 'secret', clientId: g.clientId, secret: g.clientSecret }, send: g.fetch });
  graph = createGraphApi({ baseUrl: g.baseUrl, tokens, send: g.fetch });
  deps = { store: cosmos.store, clock: () => new Date('2026-12-01T09:00:00Z'), newId: randomUUID };
});
afterAll(async () => {
  await Promise.all([g.close(), cosmos.close()]);
});

describe('npm run setup:tenant against the Graph stand-in', () => {
  it('--dry-run says what it would do and changes nothing: no group, no school, no consent', async () => {
    const before = g.groups.size;
    const r = await setupTenant(graph, deps, options({ dryRun: true }));
    expect(r.groups.map((x) => x.action)).toEqual(['would create', 'would create', 'would create', 'would create']);
    expect(r.school).toBe('would create');
    expect(r.consent).toBe('would grant');
    expect(writes()).toEqual([]);
    expect(g.groups.size).toBe(before);
    expect(g.appRoleAssignments).toEqual([]);
    expect(await cosmos.store.schools.get('st-marys')).toBeUndefined();
    const text = r.lines.join('\n');
    expect(text).toContain('Would create the DSL security group "Lantern – DSLs"');
    expect(text).toContain('Would create the school "St Mary\'s Primary School"');
    expect(text).toContain('Manage apps');
    expect(text).toContain('Setup policies');
    expect(text).toContain('Dry run: nothing was changed.');
  });

  it('a real run creates the four security groups, the school with them, and grants admin consent', async () => {
    const r = await setupTenant(graph, deps, options());
    expect(r.groups.map((x) => x.action)).toEqual(['created', 'created', 'created', 'created']);
    const id = (role: string) => r.groups.find((x) => x.role === role)!.id!;
    for (const x of r.groups) expect(g.groups.get(x.id!)?.securityEnabled).toBe(true);
    expect(g.count(/^POST \/v1\.0\/groups$/)).toBe(4);
    const school = await cosmos.store.schools.get('st-marys');
    expect(school?.tenantId).toBe(TENANT);
    expect(school?.access).toMatchObject({
      dslGroups: [id('dsl')],
      staffGroups: [id('staff')],
      adminGroups: [id('admin')],
      categoryReaders: [{ groupId: id('senco'), label: 'SEND readers', categories: ['send'] }],
    });
    expect(r.consent).toBe('granted');
    const graphRoles = g.servicePrincipals.get(GRAPH_SP)!.appRoles;
    const granted = g.appRoleAssignments.filter((a) => a.principalId === APP_SP).map((a) => graphRoles.find((x) => x.id === a.appRoleId)?.value);
    expect(granted.sort()).toEqual([...APPLICATION_PERMISSIONS].sort());
    expect(r.lines.join('\n')).toContain('Lantern – Staff');
  });

  it('is idempotent: a second run finds everything and creates nothing new', async () => {
    const [groups, assignments, posts] = [g.groups.size, g.appRoleAssignments.length, writes().length];
    const schoolBefore = await cosmos.store.schools.get('st-marys');
    const r = await setupTenant(graph, deps, options());
    expect(r.groups.map((x) => x.action)).toEqual(['found', 'found', 'found', 'found']);
    expect(r.school).toBe('exists');
    expect(r.consent).toBe('already granted');
    expect([g.groups.size, g.appRoleAssignments.length, writes().length]).toEqual([groups, assignments, posts]);
    expect(await cosmos.store.schools.get('st-marys')).toEqual(schoolBefore);
    // And a dry run now reports the same, still writing nothing.
    const dry = await setupTenant(graph, deps, options({ dryRun: true }));
    expect(dry.groups.every((x) => x.action === 'found')).toBe(true);
    expect(writes().length).toBe(posts);
  });

  it('picks a group given by object id, and prints the exact admin-consent address when the account cannot grant it', async () => {
    const existing = '22222222-0000-4000-8000-000000000002';
    g.groups.set(existing, { id: existing, displayName: 'Safeguarding team', members: [] });
    g.appRoleAssignments.length = 0;
    g.fail({ match: /^POST \/v1\.0\/servicePrincipals\/[^/]+\/appRoleAssignments$/, status: 403, code: 'Authorization_RequestDenied', times: 1 });
    try {
      const r = await setupTenant(graph, deps, options({ school: 'st-johns', schoolName: "St John's", dslGroup: existing }));
      expect(r.groups[0]).toMatchObject({ role: 'dsl', id: existing, action: 'picked' });
      expect((await cosmos.store.schools.get('st-johns'))?.access.dslGroups).toEqual([existing]);
      expect(r.consent).toBe('needs an administrator');
      expect(r.lines.join('\n')).toContain(`https://login.microsoftonline.com/${TENANT}/adminconsent?client_id=${LANTERN_APP}`);
    } finally {
      g.clearFaults();
    }
  });

  it('refuses bad options, saying what to fix, before anything is read or written', async () => {
    const seen = g.requests.length;
    await expect(setupTenant(graph, deps, options({ tenantId: 'not-a-guid' }))).rejects.toThrow(/--tenant \(TENANT_ID\) must be a GUID/);
    await expect(setupTenant(graph, deps, options({ school: 'St Marys!' }))).rejects.toThrow(/lower-case letters/);
    await expect(setupTenant(graph, deps, options({ dslGroup: 'DSL"; drop' }))).rejects.toThrow(/must not contain quotes/);
    await expect(setupTenant(graph, deps, options({ dslGroup: '33333333-0000-4000-8000-000000000003' }))).rejects.toThrow(/no group with the object id/);
    expect(g.requests.slice(seen).filter((r) => !r.endsWith('/directoryObjects/getByIds') && !r.includes('/oauth2/'))).toEqual([]);
    expect(await cosmos.store.schools.get('St Marys!')).toBeUndefined();
  });

  it('with --web-app, writes the school into LANTERN_SCHOOLS (validated as the app reads it) once; dry run writes nothing', async () => {
    let setting: string | undefined = JSON.stringify([{ id: 'other-school', name: 'Other', staffGroups: [randomUUID()], dslGroups: [randomUUID()], adminGroups: [randomUUID()] }]);
    let writes = 0;
    const writer = appSettingSchoolWriter(async () => setting, async (v) => void ((setting = v), writes++), 'lantern-prod');
    const opts = options({ school: 'st-lukes', schoolName: "St Luke's" });
    const dry = await setupTenant(graph, writer, { ...opts, dryRun: true });
    expect([dry.school, writes]).toEqual(['would create', 0]);
    const r = await setupTenant(graph, writer, opts);
    expect([r.school, writes]).toEqual(['created', 1]);
    const schools = schoolsBootstrapEnv.parse(setting);
    expect(schools.map((x) => x.id)).toEqual(['other-school', 'st-lukes']);
    expect(schools[1]!.dslGroups).toEqual([r.groups.find((x) => x.role === 'dsl')!.id]);
    expect(r.lines.join('\n')).toContain('LANTERN_SCHOOLS setting of lantern-prod');
    expect((await setupTenant(graph, writer, opts)).school).toBe('exists');
    expect(writes).toBe(1);
  });

  it('grants exactly the application permissions the app registration manifest asks for (School Data Sync\'s is optional)', () => {
    const aad = JSON.parse(readFileSync('infra/entra/aad.manifest.json', 'utf8')) as { requiredResourceAccess: { resourceAccess: { id: string; type: string }[] }[] };
    const roles = aad.requiredResourceAccess.flatMap((r) => r.resourceAccess).filter((x) => x.type === 'Role').map((x) => x.id);
    expect(roles.filter((x) => x !== 'EduRoster.Read.All').sort()).toEqual([...APPLICATION_PERMISSIONS].sort());
  });

  it('the command itself validates its flags with a clear message and exit code 2', async () => {
    const run = promisify(execFile);
    const failed = await run('npx', ['tsx', 'src/ops/setup-tenant.ts', '--dry-run', '--tenant', 'nope', '--school', 'st-marys'], { env: { ...process.env, TENANT_ID: '', API_CLIENT_ID: '' } }).catch((e: { code: number; stderr: string }) => e);
    expect('code' in failed && failed.code).toBe(2);
    expect(String((failed as { stderr: string }).stderr)).toMatch(/--tenant \(TENANT_ID\) must be a GUID[\s\S]*--client-id[\s\S]*schoolName/);
  }, 30_000);
});
