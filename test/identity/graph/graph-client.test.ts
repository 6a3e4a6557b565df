import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGraphApi } from '../../../src/identity/graph/graph-api.js';
import { GraphFailure } from '../../../src/identity/graph/graph-errors.js';
import { createGraphMembership } from '../../../src/identity/graph/graph-membership.js';
import { createGraphPeople } from '../../../src/identity/graph/graph-people.js';
import { createMembershipCache } from '../../../src/identity/membership-cache.js';
import { DEMO_TENANT_ID } from '../../../src/local/demo-identity.js';
import { startGraphStandIn, type GraphStandIn } from '../../support/graph-stand-in.js';
import { graphApiFor } from './graph-helpers.js';

const USER = '11111111-0000-4000-8000-000000000001';
const GUEST = '11111111-0000-4000-8000-000000000002';
const gid = (n: number) => `22222222-0000-4000-8000-${String(n).padStart(12, '0')}`;
let g: GraphStandIn;

beforeAll(async () => {
  g = await startGraphStandIn();
  g.users.set(USER, { id: USER, displayName: 'Ada Member', userPrincipalName: 'ada@school.example' });
  g.users.set(GUEST, { id: GUEST, displayName: 'Gus Guest', userType: 'Guest' });
  for (let n = 1; n <= 25; n++) g.groups.set(gid(n), { id: gid(n), displayName: `Group ${n}`, members: [] });
  g.groups.get(gid(1))!.members.push(USER);
  g.groups.get(gid(24))!.members.push(gid(1)); // nested: USER is in 24 through 1
  g.groups.get(gid(25))!.members.push(GUEST, gid(1));
});
afterAll(() => g.close());
beforeEach(() => {
  g.clearFaults();
  g.pageSize = 100;
});

const membership = (graph = graphApiFor(g), candidates = Array.from({ length: 25 }, (_, i) => gid(i + 1))) =>
  createGraphMembership({ graph, tenantId: DEMO_TENANT_ID, candidates: async () => candidates, cache: createMembershipCache(0) });

describe('Graph client against the stand-in', () => {
  it('gets one app-only token with msal-node client credentials and reuses it', async () => {
    const graph = graphApiFor(g);
    const issued = g.tokensIssued();
    await graph.get('/groups?$search="displayName:Group"', { ConsistencyLevel: 'eventual' });
    await graph.post(`/users/${USER}/checkMemberGroups`, { groupIds: [gid(1)] });
    expect(g.tokensIssued() - issued).toBe(1);
  });

  it('fails cleanly, naming no secret, when the token request is refused', async () => {
    const graph = graphApiFor(g, { secret: 'wrong-secret' });
    const e = await graph.get('/groups/x/transitiveMembers').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(GraphFailure);
    expect(String((e as Error).message)).not.toContain('wrong-secret');
  });

  it('asks checkMemberGroups at most 20 ids at a time, and finds nested memberships', async () => {
    const before = g.count(/checkMemberGroups$/);
    expect([...(await membership().groupsOf(DEMO_TENANT_ID, USER))].sort()).toEqual([gid(1), gid(24), gid(25)]);
    expect(g.count(/checkMemberGroups$/) - before).toBe(2);
  });

  it('follows @odata.nextLink through every page, lists users only, and flags guests', async () => {
    g.pageSize = 1;
    const before = g.count(/transitiveMembers$/);
    const people = await createGraphPeople(graphApiFor(g), DEMO_TENANT_ID).membersOf(DEMO_TENANT_ID, gid(25));
    expect(people.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { oid: USER, name: 'Ada Member', principalName: 'ada@school.example', guest: false },
      { oid: GUEST, name: 'Gus Guest', principalName: undefined, guest: true },
    ]);
    expect(g.count(/transitiveMembers$/) - before).toBe(3); // guest, group 1, Ada: one a page
  });

  it('waits out a 429 with Retry-After, then succeeds', async () => {
    g.fail({ match: /checkMemberGroups$/, status: 429, code: 'TooManyRequests', retryAfter: 1, times: 1 });
    const started = Date.now();
    const before = g.count(/checkMemberGroups$/);
    expect(await membership(graphApiFor(g), [gid(1)]).groupsOf(DEMO_TENANT_ID, USER)).toEqual([gid(1)]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(g.count(/checkMemberGroups$/) - before).toBe(2);
  });

  it('does not keep a person waiting for a long Retry-After', async () => {
    g.fail({ match: /checkMemberGroups$/, status: 429, code: 'TooManyRequests', retryAfter: 120 });
    const before = g.count(/checkMemberGroups$/);
    await expect(membership(graphApiFor(g), [gid(1)]).groupsOf(DEMO_TENANT_ID, USER)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/429/) });
    expect(g.count(/checkMemberGroups$/) - before).toBe(1);
  });

  it('gives up on a persistent 5xx after two retries', async () => {
    g.fail({ match: /transitiveMembers$/, status: 503, retryAfter: 0 });
    const before = g.count(/transitiveMembers$/);
    const e = await createGraphPeople(graphApiFor(g), DEMO_TENANT_ID).membersOf(DEMO_TENANT_ID, gid(1)).catch((err: unknown) => err);
    expect(e).toMatchObject({ status: 503 });
    expect(g.count(/transitiveMembers$/) - before).toBe(3);
  });

  it('reports Directory_ResultSizeLimitExceeded as a refusal, without retrying', async () => {
    g.fail({ match: /checkMemberGroups$/, status: 400, code: 'Directory_ResultSizeLimitExceeded' });
    const before = g.count(/checkMemberGroups$/);
    await expect(membership().groupsOf(DEMO_TENANT_ID, USER)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/400 Directory_ResultSizeLimitExceeded/) });
    expect(g.count(/checkMemberGroups$/) - before).toBe(1);
  });

  it('refuses when Graph cannot be reached at all', async () => {
    const send = (async () => Promise.reject(new TypeError('fetch failed'))) as typeof fetch;
    const graph = createGraphApi({ baseUrl: 'https://graph.microsoft.com', tokens: { getAccessToken: async () => 'token' }, send });
    await expect(membership(graph).groupsOf(DEMO_TENANT_ID, USER)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/did not answer/) });
  });

  it('refuses to read another tenant', async () => {
    await expect(membership().groupsOf('99999999-0000-4000-8000-000000000000', USER)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('never follows a next-page link to another host', async () => {
    const leaks: string[] = [];
    const send = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (url.startsWith('https://evil.example')) leaks.push(url);
      const body = url.includes('evil') ? { value: [] } : { value: [{ id: 'a' }], '@odata.nextLink': 'https://evil.example/v1.0/groups?page=2' };
      void init;
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const graph = createGraphApi({ baseUrl: 'https://graph.microsoft.com', tokens: { getAccessToken: async () => 'token' }, send });
    await expect(graph.getAll('/groups')).rejects.toThrow(/another host/);
    expect(leaks).toEqual([]);
  });
});
