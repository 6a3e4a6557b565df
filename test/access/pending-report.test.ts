import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUPS } from '../../src/local/demo-identity.js';
import { localPeopleDirectory } from '../../src/local/local-people.js';
import { startAccessApp, type AccessApp } from './access-app.js';

/** The access report lists the changes that widen access and wait for a second DSL (issue: trust you can prove). */
let t: AccessApp;
beforeAll(async () => {
  t = await startAccessApp({ people: localPeopleDirectory() });
});
afterAll(() => t.close());

type Pending = { id: string; summary: string[]; requestedBy: { name: string }; requestedAt: string; expiresAt: string; askedByYou: boolean; canDecide: boolean };
const report = async (who: string) => (await t.call(who, 'GET', '/api/access-report')).json as { pending: Pending[]; people: { name: string; roles: string[] }[] };

describe('the access report and pending access changes', () => {
  it('lists none when nothing waits, and the CSV stays one row per person', async () => {
    expect((await report('dsl')).pending).toEqual([]);
    const csv = (await t.call('admin', 'GET', '/api/access-report?format=csv')).json.csv as string;
    expect(csv).not.toMatch(/waiting for a second DSL/);
  });

  it('lists a pending change in words, to the admin who asked and to DSLs, with who may decide it', async () => {
    const etag = (await t.call('admin', 'GET', '/api/access-config')).headers.get('etag')!;
    const r = await t.call('admin', 'PATCH', '/api/access-config', { body: { dslGroups: [DEMO_GROUPS.dsl, DEMO_GROUPS.admin] }, headers: { 'if-match': etag } });
    expect(r.status).toBe(202);

    const forAdmin = (await report('admin')).pending;
    expect(forAdmin).toHaveLength(1);
    expect(forAdmin[0]).toMatchObject({ requestedBy: { name: 'Taylor Reed' }, askedByYou: true, canDecide: false });
    expect(forAdmin[0]!.summary).toEqual([expect.stringMatching(/^add the group “.+” to the DSL groups$/)]);
    expect(Date.parse(forAdmin[0]!.expiresAt) - Date.parse(forAdmin[0]!.requestedAt)).toBe(7 * 86_400_000);
    expect(JSON.stringify(forAdmin[0]!.requestedBy)).not.toMatch(/oid/); // names only

    const forDsl = (await report('dsl')).pending;
    expect(forDsl[0]).toMatchObject({ id: forAdmin[0]!.id, askedByYou: false, canDecide: true });
    // Not applied: the admin is still no DSL in the report.
    expect((await report('dsl')).people.find((p) => p.name === 'Taylor Reed')?.roles).not.toContain('dsl');

    const csv = (await t.call('dsl', 'GET', '/api/access-report?format=csv')).json.csv as string;
    const lines = csv.trim().split('\r\n');
    const at = lines.indexOf('Access change waiting for a second DSL (not applied yet),Asked by,Asked on,Lapses on');
    expect(at).toBeGreaterThan(1);
    expect(lines[at - 1]).toBe('');
    expect(lines[at + 1]).toMatch(/^add the group “.+” to the DSL groups,Taylor Reed,"?\d{1,2} \w+ \d{4},? (at )?\d{2}:\d{2}"?,"?\d{1,2} \w+ \d{4},? (at )?\d{2}:\d{2}"?$/);
    expect(lines.slice(at)).not.toContainEqual(expect.stringMatching(/\d{4}-\d{2}-\d{2}T|[0-9a-f]{8}-[0-9a-f]{4}/));
  });

  it('is gone from the report once a DSL approves it, and the change applies', async () => {
    const [change] = (await report('dsl')).pending;
    expect((await t.call('deputy', 'POST', `/api/access-config/pending/${change!.id}/approve`, { body: {} })).status).toBe(200);
    const after = await report('dsl');
    expect(after.pending).toEqual([]);
    expect(after.people.find((p) => p.name === 'Taylor Reed')?.roles).toContain('dsl');
  });

  it('drops a lapsed change from the report', async () => {
    const etag = (await t.call('admin', 'GET', '/api/access-config')).headers.get('etag')!;
    await t.call('admin', 'PATCH', '/api/access-config', { body: { adminGroups: [DEMO_GROUPS.admin, DEMO_GROUPS.head] }, headers: { 'if-match': etag } });
    expect((await report('deputy')).pending).toHaveLength(1);
    t.advance(8 * 86_400_000);
    expect((await report('deputy')).pending).toEqual([]);
  });
});
