import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCHOOL_ID } from '../../src/local/demo-identity.js';
import { demoChildren } from '../../src/local/demo-school.js';
import { startAccessApp, type AccessApp } from './access-app.js';

let t: AccessApp;
beforeAll(async () => {
  t = await startAccessApp();
});
afterAll(() => t.close());

const HEADER = 'UPN,Forename,Surname,Date of birth,Year group';
/** The demo school's own roster as a CSV, with `edit` applied to each line. */
const demoCsv = (edit: (line: string, i: number) => string | undefined = (l) => l) =>
  [HEADER, ...demoChildren().map((c, i) => edit(`${c.upn},${c.givenName},${c.familyName},${c.dateOfBirth},${c.yearGroup}`, i)).filter(Boolean)].join('\n');
const preview = (csv: string, extra: object = {}) => t.call('admin', 'POST', '/api/roster/imports', { body: { source: 'csv', csv, ...extra } });
const commit = async (csv: string, extra: object = {}) => {
  const p = await preview(csv, extra);
  return t.call('admin', 'POST', '/api/roster/imports', { body: { source: 'csv', csv, commit: true, planId: p.json.planId, ...extra } });
};
const stored = () => t.cosmos.store.children.list(DEMO_SCHOOL_ID);

describe('roster import from CSV', () => {
  it('finds nothing to change when the file matches the roster', async () => {
    const r = await preview(demoCsv());
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ committed: false, counts: { add: 0, update: 0, rejoin: 0, leave: 0, unchanged: 30 }, problems: [] });
  });

  it('previews a good file without saving, then commits exactly that plan', async () => {
    const csv = demoCsv((l, i) => (i === 0 ? l.replace(/,R$/, ',Year 1') : l)) + '\nA820000000999,Zoe,Newton,12/03/2019,Y2';
    const before = (await stored()).length;
    const p = await preview(csv);
    expect(p.json.counts).toMatchObject({ add: 1, update: 1, leave: 0 });
    expect(p.json.changes).toContainEqual(expect.objectContaining({ kind: 'add', upn: 'A820000000999', after: expect.objectContaining({ dateOfBirth: '2019-03-12', yearGroup: '2' }) }));
    expect((await stored()).length).toBe(before); // a preview saves nothing
    const c = await t.call('admin', 'POST', '/api/roster/imports', { body: { source: 'csv', csv, commit: true, planId: p.json.planId } });
    expect(c.status).toBe(201);
    expect(c.json.importId).toMatch(/^roster-import-/);
    const children = await stored();
    expect(children.length).toBe(before + 1);
    expect(children.find((x) => x.id === 'child-001')!.yearGroup).toBe('1');
    expect((await t.call('dsl', 'GET', '/api/children')).json.items.map((x: { name: string }) => x.name)).toContain('Zoe Newton');
  });

  it('is idempotent: importing the same file again changes nothing', async () => {
    const csv = demoCsv((l, i) => (i === 0 ? l.replace(/,R$/, ',Year 1') : l)) + '\nA820000000999,Zoe,Newton,12/03/2019,Y2';
    const again = await commit(csv);
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ committed: true, counts: { add: 0, update: 0, leave: 0, unchanged: 31 } });
    expect(again.json.importId).toBeUndefined();
  });

  it('reports bad rows by row number and saves nothing', async () => {
    const csv = [HEADER, 'A820000000001,Ann,Able,2018-01-01,3', 'BAD,Ben,,31/02/2018,Year 15', 'A820000000003,Cat,Cole,2018-01-01'].join('\n');
    const before = await stored();
    const p = await preview(csv);
    expect(p.json.problems).toEqual([
      { row: 3, path: 'upn', message: expect.stringMatching(/13-character UPN/) },
      { row: 3, path: 'familyName', message: 'is required' },
      { row: 3, path: 'dateOfBirth', message: expect.any(String) },
      { row: 3, path: 'yearGroup', message: expect.any(String) },
      { row: 4, path: '(row)', message: expect.stringMatching(/4 values but the header has 5/) },
    ]);
    const c = await t.call('admin', 'POST', '/api/roster/imports', { body: { source: 'csv', csv, commit: true, planId: p.json.planId } });
    expect(c.status).toBe(422);
    expect(c.json.error.message).toMatch(/5 problems, so nothing was saved/);
    expect(c.json.error.problems[0]).toEqual({ path: 'row 3.upn', message: expect.any(String) });
    expect(await stored()).toEqual(before);
  });

  it('refuses duplicate UPNs, naming both rows', async () => {
    const csv = [HEADER, 'A820000000001,Ann,Able,2018-01-01,3', 'A820000000002,Bo,Bell,2018-01-01,3', 'a820000000001,Annie,Able,2018-01-01,3'].join('\n');
    const p = await preview(csv);
    expect(p.json.problems).toEqual([{ row: 4, path: 'upn', message: 'UPN A820000000001 is also on row 2; each pupil must appear once' }]);
  });

  it('marks leavers (never deletes them) and keeps their records; a returning pupil rejoins', async () => {
    const leaver = demoChildren()[7]!; // child-008 has concerns and a referral
    const csv = demoCsv((l, i) => (i === 7 ? undefined : i === 0 ? l.replace(/,R$/, ',Year 1') : l)) + '\nA820000000999,Zoe,Newton,12/03/2019,Y2';
    const r = await commit(csv);
    expect(r.json.counts).toMatchObject({ leave: 1, add: 0 });
    const kept = (await stored()).find((c) => c.id === leaver.id)!;
    expect(kept.leftAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await t.call('dsl', 'GET', '/api/children')).json.items.map((c: { id: string }) => c.id)).not.toContain(leaver.id);
    expect((await t.call('dsl', 'GET', `/api/children/${leaver.id}/chronology`)).json.entries.length).toBeGreaterThan(0);

    const back = await commit(demoCsv((l, i) => (i === 0 ? l.replace(/,R$/, ',Year 1') : l)) + '\nA820000000999,Zoe,Newton,12/03/2019,Y2');
    expect(back.json.counts).toMatchObject({ rejoin: 1, leave: 0 });
    expect((await stored()).find((c) => c.id === leaver.id)!.leftAt).toBeUndefined();
  });

  it('marks no leavers from a partial file when told so', async () => {
    const p = await preview([HEADER, 'A820000000999,Zoe,Newton,12/03/2019,2'].join('\n'), { markLeavers: false });
    expect(p.json.counts).toMatchObject({ leave: 0, unchanged: 1 });
  });

  it('needs the preview’s plan to commit, and refuses it when things changed since', async () => {
    const csv = demoCsv() + '\nA820000000777,Max,Moss,2019-09-09,R';
    expect((await t.call('admin', 'POST', '/api/roster/imports', { body: { source: 'csv', csv, commit: true } })).status).toBe(428);
    const stale = await t.call('admin', 'POST', '/api/roster/imports', { body: { source: 'csv', csv, commit: true, planId: 'not-the-plan' } });
    expect(stale.status).toBe(412);
  });

  it('is for admins only', async () => {
    for (const who of ['teacher', 'dsl']) {
      expect((await t.call(who, 'POST', '/api/roster/imports', { body: { source: 'csv', csv: demoCsv() } })).status).toBe(403);
    }
  });

  it('imports a 2,000-row file in one go', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `B${String(i).padStart(11, '0')}7,Pupil${i},Family${i % 97},2015-0${(i % 9) + 1}-1${i % 10},${(i % 6) + 1}`);
    const csv = [HEADER, ...rows].join('\r\n');
    const started = Date.now();
    const r = await commit(csv, { markLeavers: false });
    expect(r.status).toBe(201);
    expect(r.json.counts.add).toBe(2000);
    expect((await stored()).filter((c) => c.upn.startsWith('B')).length).toBe(2000);
    expect(Date.now() - started).toBeLessThan(60_000);
    const again = await commit(csv, { markLeavers: false });
    expect(again.json.counts).toMatchObject({ add: 0, unchanged: 2000 });
  });
});
