import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../src/core/usecases/access-report-csv.js';
import { DEMO_GROUPS } from '../../src/local/demo-identity.js';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-stand-in.js';
import { startAccessApp, type AccessApp } from './access-app.js';
import { BUSY_DSL, GUEST, loadDemoDirectory } from './directory-fixture.js';

let graph: GraphStandIn;
let t: AccessApp;
beforeAll(async () => {
  graph = await startGraphStandIn();
  loadDemoDirectory(graph);
  graph.pageSize = 2; // every group of more than two members needs @odata.nextLink
  const nested = '5e5e5e5e-0000-4000-8000-0000000000ff';
  graph.groups.set(nested, { id: nested, displayName: 'Visiting specialists', members: [GUEST.id] });
  graph.groups.get(DEMO_GROUPS.staff)!.members.push(nested);
  t = await startAccessApp({ graph });
});
afterAll(async () => {
  await t.close();
  await graph.close();
});

describe('the access report from Microsoft Graph', () => {
  it('reads members through nested groups and across pages, and flags guests', async () => {
    const r = await t.call('admin', 'GET', '/api/access-report');
    expect(r.status).toBe(200);
    const people = r.json.people as { oid: string; guest: boolean; roles: string[]; principalName: string }[];
    expect(people.find((p) => p.oid === BUSY_DSL.id)).toMatchObject({ roles: ['staff', 'dsl'] });
    expect(people.find((p) => p.oid === GUEST.id)).toMatchObject({ guest: true, roles: ['staff'] });
    expect(graph.count(/transitiveMembers$/)).toBeGreaterThan(6); // several pages per group
  });

  it('marks a group whose members Graph would not list, instead of leaving its members out silently', async () => {
    graph.fail({ match: new RegExp(`GET /v1.0/groups/${DEMO_GROUPS.sendReaders}/transitiveMembers`), status: 503, retryAfter: 0 });
    const r = await t.call('dsl', 'GET', '/api/access-report');
    graph.clearFaults();
    expect(r.status).toBe(200);
    const send = (r.json.groups as { groupId: string; unavailable?: string }[]).find((g) => g.groupId === DEMO_GROUPS.sendReaders);
    expect(send?.unavailable).toMatch(/did not answer/);
  });

  it('searches groups by name through Graph for the picker', async () => {
    const r = await t.call('admin', 'GET', '/api/access-config/groups?search=specialists');
    expect(r.json.items).toEqual([expect.objectContaining({ name: 'Visiting specialists', securityEnabled: true })]);
    graph.fail({ match: /^GET \/v1\.0\/groups$/, status: 500 });
    const down = await t.call('admin', 'GET', '/api/access-config/groups?search=specialists');
    graph.clearFaults();
    expect(down.json).toMatchObject({ items: [], unavailable: expect.stringMatching(/did not answer/) });
  });
});

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['Smith, Jo', '"Smith, Jo"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+44 1234', "'+44 1234"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('%s → %s', (value, cell) => expect(csvCell(value)).toBe(cell));
});
