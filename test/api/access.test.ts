import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personaByKey } from '../../src/local/demo-identity.js';
import { concernBody, OTHER_CHILD, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let teachersConcern: string;
let sendConcern: string;
let otherSchoolConcern: string;

beforeAll(async () => {
  t = await startTestApp();
  teachersConcern = (await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ categories: ['welfare'] }) })).json.id;
  sendConcern = (await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ categories: ['send'] }) })).json.id;
  const other = await t.call('otherDsl', 'POST', '/api/concerns', {
    body: concernBody({ children: [{ childId: OTHER_CHILD.id, role: 'subject' }] }),
  });
  expect(other.status).toBe(201);
  otherSchoolConcern = other.json.id;
});
afterAll(() => t.close());

const auditFor = async (recordId: string) =>
  (await t.call('dsl', 'GET', `/api/audit-events?recordId=${recordId}`)).json.items as { oid: string; action: string; outcome: string }[];

describe('who sees a concern', () => {
  it('lets the teacher who logged it read it', async () => {
    const r = await t.call('teacher', 'GET', `/api/concerns/${teachersConcern}`);
    expect(r.status).toBe(200);
    expect(r.json.account).toContain('not eaten');
    expect(r.json.can).toMatchObject({ read: true, edit: true, triage: false, close: false });
  });

  it("answers 404 to another teacher and audits the denial", async () => {
    const r = await t.call('teacher2', 'GET', `/api/concerns/${teachersConcern}`);
    expect(r.status).toBe(404);
    expect(JSON.stringify(r.json)).not.toContain('not eaten');
    const denied = (await auditFor(teachersConcern)).filter((e) => e.outcome === 'denied');
    expect(denied).toContainEqual(expect.objectContaining({ oid: personaByKey('teacher2')!.oid, action: 'concern.read' }));
  });

  it('lets the SENCO read a SEND concern but not a welfare one', async () => {
    expect((await t.call('senco', 'GET', `/api/concerns/${sendConcern}`)).status).toBe(200);
    expect((await t.call('senco', 'GET', `/api/concerns/${teachersConcern}`)).status).toBe(404);
    const list = await t.call('senco', 'GET', '/api/concerns?limit=100');
    const categories = (list.json.items as { categories: string[] }[]).map((c) => c.categories);
    expect(categories.length).toBeGreaterThan(0);
    for (const cats of categories) expect(cats).toContain('send');
  });

  it('gives the admin no concern content', async () => {
    expect((await t.call('admin', 'GET', `/api/concerns/${teachersConcern}`)).status).toBe(404);
    expect((await t.call('admin', 'GET', '/api/concerns')).status).toBe(403);
    expect((await t.call('admin', 'POST', '/api/concerns', { body: concernBody() })).status).toBe(403);
    const chronology = await t.call('admin', 'GET', '/api/children/child-001/chronology');
    expect(chronology.status).toBe(403);
    expect((await t.call('admin', 'GET', '/api/audit-events')).status).toBe(200);
  });

  it('lets DSL and deputy read, triage and see every concern', async () => {
    for (const p of ['dsl', 'deputy']) {
      const r = await t.call(p, 'GET', `/api/concerns/${teachersConcern}`);
      expect(r.status).toBe(200);
      expect(r.json.can).toMatchObject({ triage: true, manageActions: true });
    }
  });

  it('shows alerted staff the concern, and only them', async () => {
    const teacher2 = personaByKey('teacher2')!;
    const alerted = await t.call('teacher', 'POST', '/api/concerns', {
      body: concernBody({ alertedStaff: [{ oid: teacher2.oid, name: teacher2.name }] }),
    });
    expect((await t.call('teacher2', 'GET', `/api/concerns/${alerted.json.id}`)).status).toBe(200);
    const mine = await t.call('teacher2', 'GET', '/api/concerns?limit=100');
    const ids = (mine.json.items as { id: string }[]).map((c) => c.id);
    expect(ids).toContain(alerted.json.id);
    expect(ids).not.toContain(teachersConcern);
  });

  it('refuses the outsider everywhere with 403', async () => {
    for (const [method, path] of [
      ['GET', '/api/concerns'], ['GET', `/api/concerns/${teachersConcern}`], ['POST', '/api/concerns'],
      ['GET', '/api/children'], ['GET', '/api/audit-events'], ['GET', '/api/children/child-001/chronology'],
    ] as const) {
      const r = await t.call('outsider', method, path, method === 'POST' ? { body: concernBody() } : {});
      expect(r.status, `${method} ${path}`).toBe(403);
    }
  });

  it('keeps schools of one trust apart', async () => {
    expect((await t.call('otherDsl', 'GET', `/api/concerns/${teachersConcern}`)).status).toBe(404);
    expect((await t.call('dsl', 'GET', `/api/concerns/${otherSchoolConcern}`)).status).toBe(404);
    const list = await t.call('dsl', 'GET', '/api/concerns?limit=100');
    expect((list.json.items as { schoolId: string }[]).every((c) => c.schoolId === 'demo-primary')).toBe(true);
    const theirs = await t.call('otherDsl', 'GET', '/api/children');
    expect((theirs.json.items as { id: string }[]).map((c) => c.id)).toEqual([OTHER_CHILD.id]);
  });

  it('shows staff children names and year groups only, DSLs full details', async () => {
    const staff = await t.call('teacher', 'GET', '/api/children');
    expect(staff.json.items.length).toBeGreaterThanOrEqual(28);
    expect(Object.keys(staff.json.items[0]).sort()).toEqual(['id', 'name', 'yearGroup']);
    const dsl = await t.call('dsl', 'GET', '/api/children');
    expect(dsl.json.items[0]).toHaveProperty('upn');
  });

  it("gives DSLs a child's chronology, oldest first, with each child's own role", async () => {
    const r = await t.call('dsl', 'GET', '/api/children/child-003/chronology');
    expect(r.status).toBe(200);
    const concerns = r.json.entries.filter((e: { kind: string }) => e.kind === 'concern');
    expect(concerns[0].role).toBe('victim');
    const perpetrator = await t.call('dsl', 'GET', '/api/children/child-010/chronology');
    expect(perpetrator.json.entries[0].role).toBe('alleged-perpetrator');
    expect((await t.call('teacher', 'GET', '/api/children/child-003/chronology')).status).toBe(403);
  });
});
