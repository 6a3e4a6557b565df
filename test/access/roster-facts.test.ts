import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoChildren } from '../../src/local/demo-school.js';
import { startAccessApp, type AccessApp } from './access-app.js';

let t: AccessApp;
beforeAll(async () => {
  t = await startAccessApp();
});
afterAll(() => t.close());

const HEADER = 'UPN,Forename,Surname,Date of birth,Year group,SEN provision,Pupil premium,Looked after,Parents';
/** The demo roster with optional columns; `facts` gives the extra cells of a child by index. */
const csvWith = (facts: Record<number, string>) =>
  [HEADER, ...demoChildren().map((c, i) => `${c.upn},${c.givenName},${c.familyName},${c.dateOfBirth},${c.yearGroup},${facts[i] ?? 'N,No,No,'}`)].join('\n');
const commit = async (csv: string) => {
  const p = await t.call('admin', 'POST', '/api/roster/imports', { body: { source: 'csv', csv, markLeavers: false } });
  return t.call('admin', 'POST', '/api/roster/imports', { body: { source: 'csv', csv, commit: true, planId: p.json.planId, markLeavers: false } });
};
const flagsOf = async (childId: string) =>
  ((await t.call('dsl', 'GET', `/api/children/${childId}/status-flags`)).json.items as { flag: string; current: boolean; source: string }[]);

describe('roster import: statuses and parents from optional columns', () => {
  it('starts SEN support, pupil premium and looked-after from the roster, and records parents with parental responsibility', async () => {
    const r = await commit(csvWith({ 19: 'K,Yes,Yes,"Sara Ali (Mother); Omar Ali (Father)"' }));
    expect(r.status).toBeLessThan(300);
    const flags = await flagsOf('child-020');
    expect(flags.filter((f) => f.current).map((f) => f.flag).sort()).toEqual(['looked-after', 'pupil-premium', 'sen-support']);
    expect(flags.every((f) => f.source === 'roster')).toBe(true);
    const family = await t.call('dsl', 'GET', '/api/children/child-020/family');
    expect(family.json.adults.map((a: { name: string; relationship: string; parentalResponsibility: boolean }) => [a.name, a.relationship, a.parentalResponsibility]))
      .toEqual([['Sara Ali', 'Mother', true], ['Omar Ali', 'Father', true]]);
  });

  it('importing the same file again adds nothing; a later "N" ends only what the roster started', async () => {
    await commit(csvWith({ 19: 'K,Yes,Yes,"Sara Ali (Mother); Omar Ali (Father)"' }));
    expect((await flagsOf('child-020')).length).toBe(3);
    expect((await t.call('dsl', 'GET', '/api/children/child-020/family')).json.adults.length).toBe(2);
    await t.call('dsl', 'POST', '/api/children/child-021/status-flags', { body: { flag: 'sen-support', startDate: '2026-01-05' } });
    await commit(csvWith({ 19: 'N,Yes,Yes,', 20: 'N,No,No,' }));
    expect((await flagsOf('child-020')).filter((f) => f.current).map((f) => f.flag).sort()).toEqual(['looked-after', 'pupil-premium']);
    expect((await flagsOf('child-021')).filter((f) => f.current).map((f) => f.flag)).toEqual(['sen-support']);
  });

  it('refuses a file with a value it cannot read, by row', async () => {
    const r = await t.call('admin', 'POST', '/api/roster/imports', { body: { source: 'csv', csv: csvWith({ 2: 'Maybe,No,No,' }) } });
    expect(r.json.problems).toContainEqual(expect.objectContaining({ row: 4, path: 'senProvision' }));
  });
});
