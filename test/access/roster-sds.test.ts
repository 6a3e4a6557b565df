import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncRosterFromSds } from '../../src/core/usecases/sync-roster.js';
import { createGraphRoster } from '../../src/identity/graph/graph-roster.js';
import { DEMO_SCHOOL_ID, DEMO_TENANT_ID } from '../../src/local/demo-identity.js';
import { demoChildren } from '../../src/local/demo-school.js';
import { startGraphStandIn, type GraphStandIn, type StandInStudent } from '../support/graph-stand-in.js';
import { graphApiFor } from '../identity/graph/graph-helpers.js';
import { startAccessApp, type AccessApp } from './access-app.js';
import { loadDemoDirectory } from './directory-fixture.js';

const SDS_SCHOOL = 'sds-school-123';
let graph: GraphStandIn;
let t: AccessApp;

const student = (id: string, upn: string | undefined, givenName: string, surname: string, birthDate: string, grade: string): StandInStudent => ({
  id, givenName, surname, student: { studentNumber: upn, birthDate: `${birthDate}T00:00:00Z`, grade },
});

beforeAll(async () => {
  graph = await startGraphStandIn();
  loadDemoDirectory(graph);
  graph.pageSize = 7;
  const pupils = demoChildren().map((c, i) => student(`sds-${i}`, c.upn, c.givenName, c.familyName, c.dateOfBirth, c.yearGroup === 'R' ? 'Reception' : `Year ${c.yearGroup}`));
  graph.students.set(SDS_SCHOOL, [...pupils, student('sds-new', 'A820000000555', 'Nia', 'Shaw', '2019-04-04', 'Year 2'), { id: 'sds-teacher', primaryRole: 'teacher', givenName: 'Tess' }]);
  t = await startAccessApp({ graph });
});
afterAll(async () => {
  await t.close();
  await graph.close();
});

const sds = (body: object = {}) => t.call('admin', 'POST', '/api/roster/imports', { body: { source: 'sds', ...body } });

describe('roster from School Data Sync (Microsoft Graph education APIs)', () => {
  it('needs the school to name its SDS school first', async () => {
    const r = await sds();
    expect(r.status).toBe(409);
    expect(r.json.error.message).toMatch(/School Data Sync is not set up/);
  });

  it('previews and commits the SDS roster, across pages, students only', async () => {
    const etag = (await t.call('admin', 'GET', '/api/access-config')).headers.get('etag')!;
    expect((await t.call('admin', 'PATCH', '/api/access-config', { body: { rosterSource: { sdsSchoolId: SDS_SCHOOL } }, headers: { 'if-match': etag } })).status).toBe(200);
    const p = await sds();
    expect(p.status).toBe(200);
    expect(p.json).toMatchObject({ counts: { add: 1, update: 0, leave: 0, unchanged: 30 }, problems: [] });
    expect(graph.count(/education\/schools\/sds-school-123\/users$/)).toBe(5); // 32 users, 7 a page
    const c = await sds({ commit: true, planId: p.json.planId });
    expect(c.status).toBe(201);
    expect((await t.cosmos.store.children.list(DEMO_SCHOOL_ID)).find((x) => x.upn === 'A820000000555')).toMatchObject({ yearGroup: '2', dateOfBirth: '2019-04-04' });
  });

  it('the scheduled sync applies nothing when any row has a problem, and imports when clean', async () => {
    const school = (await t.cosmos.store.schools.get(DEMO_SCHOOL_ID))!;
    const roster = createGraphRoster(graphApiFor(graph), DEMO_TENANT_ID);
    graph.students.get(SDS_SCHOOL)!.push(student('sds-broken', undefined, 'No', 'Number', '2019-01-01', 'Year 1'));
    expect(await syncRosterFromSds(t.app.deps, school, roster, 'test-sync')).toMatchObject({ outcome: 'refused', problems: 1 });
    graph.students.get(SDS_SCHOOL)!.pop();
    graph.students.get(SDS_SCHOOL)!.push(student('sds-late', 'A820000000556', 'Lou', 'Late', '2019-01-01', 'Year 1'));
    expect(await syncRosterFromSds(t.app.deps, school, roster, 'test-sync')).toMatchObject({ outcome: 'imported', counts: { add: 1 } });
  });
});

