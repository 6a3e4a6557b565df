import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUPS, PERSONAS, personaByKey } from '../../src/local/demo-identity.js';
import { localPeopleDirectory } from '../../src/local/local-people.js';
import { startAccessApp, type AccessApp } from './access-app.js';

let t: AccessApp;
beforeAll(async () => {
  t = await startAccessApp({ people: localPeopleDirectory() });
});
afterAll(() => t.close());

type Row = { oid: string; name: string; roles: string[]; readableCategories: string[]; routes: { groupId: string; kind: string; groupName?: string }[]; sees: string[]; abilities: string[] };
const report = async (who = 'admin') => t.call(who, 'GET', '/api/access-report');
const row = (rows: Row[], persona: string) => rows.find((r) => r.oid === personaByKey(persona)!.oid);

describe('the access report (who can see what, through which group)', () => {
  it('lists every seeded persona with access, with their routes to it', async () => {
    const r = await report();
    expect(r.status).toBe(200);
    const rows = r.json.people as Row[];
    const withAccess = PERSONAS.filter((p) => p.key !== 'outsider').map((p) => p.name).sort();
    expect(rows.map((x) => x.name).sort()).toEqual(withAccess);
    expect(row(rows, 'outsider')).toBeUndefined();

    expect(row(rows, 'dsl')).toMatchObject({ roles: ['staff', 'dsl'] });
    expect(row(rows, 'dsl')!.routes.map((x) => x.kind).sort()).toEqual(['dsl', 'staff']);
    expect(row(rows, 'dsl')!.sees[0]).toBe('Every concern in the school, with its children and history');
    expect(row(rows, 'senco')!.routes).toContainEqual(expect.objectContaining({ groupId: DEMO_GROUPS.sendReaders, kind: 'categoryReader', groupName: 'Lantern – SEND readers' }));
    expect(row(rows, 'senco')!.sees).toContain('Every concern in: SEND');
    expect(row(rows, 'teacher')!.sees).toContain('Concerns they logged or were alerted to');
    expect(row(rows, 'admin')).toMatchObject({ roles: ['admin'], readableCategories: [] });
    expect(row(rows, 'admin')!.sees.join(' ')).toMatch(/no concern content/);
    expect(row(rows, 'admin')!.abilities).toContain('manageAccess');
  });

  it('describes each mapped group and what it gives, including empty ones', async () => {
    const groups = (await report()).json.groups as { groupId: string; name: string; memberCount: number; routes: { kind: string }[] }[];
    expect(groups.find((g) => g.groupId === DEMO_GROUPS.dsl)).toMatchObject({ name: 'Lantern – DSLs', memberCount: 2, routes: [{ kind: 'dsl' }] });
    expect(groups.find((g) => g.groupId === DEMO_GROUPS.head)).toMatchObject({ memberCount: 0, routes: [{ kind: 'escalation' }] });
  });

  it('is for admins and DSLs only, and every read is audited', async () => {
    expect((await report('dsl')).status).toBe(200);
    for (const who of ['teacher', 'senco']) expect((await report(who)).status).toBe(403);
    expect((await report('outsider')).status).toBe(403);
    const events = (await t.call('admin', 'GET', '/api/audit-events?action=access.report')).json.items as { outcome: string }[];
    expect(events.filter((e) => e.outcome === 'success').length).toBeGreaterThanOrEqual(3);
    expect(events.filter((e) => e.outcome === 'denied')).toHaveLength(2);
  });

  it('exports as CSV, one row per person, safe for spreadsheets', async () => {
    const r = await t.call('admin', 'GET', '/api/access-report?format=csv');
    expect(r.status).toBe(200);
    expect(r.json.contentType).toBe('text/csv');
    expect(r.json.fileName).toMatch(/^lantern-access-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (r.json.csv as string).trim().split('\r\n');
    expect(lines[0]).toBe('Name,Sign-in name,Object id,Guest,Roles,Reads categories,Through groups,What they can see');
    expect(lines).toHaveLength(1 + PERSONAS.length - 1);
    expect(lines.find((l) => l.startsWith('Priya Shah'))).toContain('Lantern – SEND readers (SENCO)');
  });
});
