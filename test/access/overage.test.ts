import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { botSettings } from '../../src/bot/bot-settings.js';
import { DEMO_GROUPS, DEMO_TENANT_ID } from '../../src/local/demo-identity.js';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-stand-in.js';
import { startAccessApp, type AccessApp } from './access-app.js';
import { BUSY_DSL, GUEST, groupCountOf, loadDemoDirectory, startCountingServer } from './directory-fixture.js';

let graph: GraphStandIn;
let t: AccessApp;
let counter: Awaited<ReturnType<typeof startCountingServer>>;

beforeAll(async () => {
  graph = await startGraphStandIn();
  loadDemoDirectory(graph);
  counter = await startCountingServer();
  t = await startAccessApp({ graph });
});
afterAll(async () => {
  await t.close();
  await graph.close();
  await counter.close();
});
beforeEach(() => graph.clearFaults());

const me = async (token: string) => t.call({ token }, 'GET', '/api/me');
const CHECKS = /^POST \/v1\.0\/users\/.*\/checkMemberGroups$/;

describe('group overage: memberships from Microsoft Graph', () => {
  it('gives a user in 250 groups, one of them the DSL group, DSL access via Graph', async () => {
    expect(groupCountOf(graph, BUSY_DSL.id)).toBe(250);
    const r = await me(await t.overageToken(BUSY_DSL.id));
    expect(r.status).toBe(200);
    expect(r.json.roles).toEqual(['staff', 'dsl']);
    const queue = await t.call({ token: await t.overageToken(BUSY_DSL.id) }, 'GET', '/api/concerns?status=new');
    expect(queue.status).toBe(200);
    expect(graph.count(CHECKS)).toBeGreaterThan(0);
  });

  it('never calls the URL in _claim_sources', async () => {
    const sources = { src1: { endpoint: `${counter.url}/v1.0/users/${BUSY_DSL.id}/getMemberObjects` } };
    const token = await t.overageToken('7b3f0a21-8d5c-4e6f-9a10-0000000000b2', { _claim_sources: sources });
    graph.users.set('7b3f0a21-8d5c-4e6f-9a10-0000000000b2', { id: '7b3f0a21-8d5c-4e6f-9a10-0000000000b2', displayName: 'Sam Sources' });
    graph.groups.get(DEMO_GROUPS.staff)!.members.push('7b3f0a21-8d5c-4e6f-9a10-0000000000b2');
    const r = await me(token);
    expect(r.status).toBe(200);
    expect(r.json.roles).toEqual(['staff']);
    expect(counter.hits()).toBe(0);
  });

  it('denies with a clear message when Graph answers 503, never guesses', async () => {
    const oid = '7b3f0a21-8d5c-4e6f-9a10-0000000000b3';
    graph.users.set(oid, { id: oid, displayName: 'Una Available' });
    graph.groups.get(DEMO_GROUPS.dsl)!.members.push(oid);
    graph.fail({ match: CHECKS, status: 503, retryAfter: 0 });
    const before = graph.count(CHECKS);
    const r = await me(await t.overageToken(oid));
    expect(r.status).toBe(403);
    expect(r.json.error.code).toBe('forbidden');
    expect(r.json.error.message).toMatch(/could not check your group memberships with Microsoft Graph.*503/);
    expect(graph.count(CHECKS) - before).toBe(3); // the first try and two retries
    graph.clearFaults();
    expect((await me(await t.overageToken(oid))).status).toBe(200); // the failure was not cached
  });

  it('denies when Graph answers Directory_ResultSizeLimitExceeded', async () => {
    const oid = '7b3f0a21-8d5c-4e6f-9a10-0000000000b4';
    graph.users.set(oid, { id: oid, displayName: 'Lim Itless' });
    graph.fail({ match: CHECKS, status: 400, code: 'Directory_ResultSizeLimitExceeded' });
    const r = await me(await t.overageToken(oid));
    expect(r.status).toBe(403);
    expect(r.json.error.message).toContain('Directory_ResultSizeLimitExceeded');
  });

  it('takes a removal from the DSL group into account within the membership window', async () => {
    const oid = '7b3f0a21-8d5c-4e6f-9a10-0000000000b5';
    graph.users.set(oid, { id: oid, displayName: 'Remy Moved' });
    graph.groups.get(DEMO_GROUPS.dsl)!.members.push(oid);
    graph.groups.get(DEMO_GROUPS.staff)!.members.push(oid);
    expect((await me(await t.overageToken(oid))).json.roles).toEqual(['staff', 'dsl']);
    const dsl = graph.groups.get(DEMO_GROUPS.dsl)!;
    dsl.members = dsl.members.filter((m) => m !== oid);
    t.advance(299_000);
    expect((await me(await t.overageToken(oid))).json.roles).toEqual(['staff', 'dsl']); // still inside the 300 s window
    t.advance(2_000);
    const after = await me(await t.overageToken(oid));
    expect(after.json.roles).toEqual(['staff']);
    expect((await t.call({ token: await t.overageToken(oid) }, 'GET', '/api/referrals')).status).toBe(403);
  });

  it('treats a guest as staff only through a mapped group that contains them', async () => {
    expect((await me(await t.overageToken(GUEST.id))).status).toBe(403);
    graph.groups.get(DEMO_GROUPS.staff)!.members.push(GUEST.id);
    t.advance(301_000);
    expect((await me(await t.overageToken(GUEST.id))).json.roles).toEqual(['staff']);
  });

  it('gives the bot the same Graph-backed membership', async () => {
    const groups = await botSettings().groupMembership.groupsOf(DEMO_TENANT_ID, BUSY_DSL.id);
    expect([...groups].sort()).toEqual([DEMO_GROUPS.staff, DEMO_GROUPS.dsl].sort());
  });
});
