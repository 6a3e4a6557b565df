import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyTrail } from '../../src/core/audit/verify-trail.js';
import { ACCESS_RECORD_ID } from '../../src/core/model/access-version.js';
import { DEMO_GROUPS, DEMO_SCHOOL_ID, personaByKey } from '../../src/local/demo-identity.js';
import { localPeopleDirectory } from '../../src/local/local-people.js';
import { startAccessApp, type AccessApp } from './access-app.js';

let t: AccessApp;
beforeAll(async () => {
  t = await startAccessApp({ people: localPeopleDirectory() });
});
afterAll(() => t.close());

const read = () => t.call('admin', 'GET', '/api/access-config');
const patch = (body: unknown, etag?: string, who = 'admin') =>
  t.call(who, 'PATCH', '/api/access-config', { body, headers: etag ? { 'if-match': etag } : {} });
const auditOf = async (action: string) =>
  (await t.call('admin', 'GET', `/api/audit-events?recordId=${ACCESS_RECORD_ID}&action=${action}`)).json.items as { oid: string; outcome: string; chain?: { seq: number } }[];

describe('the group → role mapping', () => {
  it('shows the admin the mapping with group names, an ETag and no history yet', async () => {
    const r = await read();
    expect(r.status).toBe(200);
    expect(r.headers.get('etag')).toBeTruthy();
    expect(r.json.config.dslGroups).toEqual([DEMO_GROUPS.dsl]);
    expect(r.json.groups).toContainEqual({ id: DEMO_GROUPS.dsl, name: 'Lantern – DSLs' });
    expect(r.json.history).toEqual([]);
  });

  it('refuses a teacher reading or changing the mapping, and audits both refusals', async () => {
    const etag = (await read()).headers.get('etag')!;
    const get = await t.call('teacher', 'GET', '/api/access-config');
    expect(get.status).toBe(403);
    const change = await patch({ dslGroups: [DEMO_GROUPS.staff] }, etag, 'teacher');
    expect(change.status).toBe(403);
    const teacher = personaByKey('teacher')!.oid;
    expect((await auditOf('access.read')).filter((e) => e.oid === teacher && e.outcome === 'denied')).toHaveLength(1);
    expect((await auditOf('access.update')).filter((e) => e.oid === teacher && e.outcome === 'denied')).toHaveLength(1);
    expect((await read()).json.config.dslGroups).toEqual([DEMO_GROUPS.dsl]);
  });

  it('also refuses a DSL (separation of duties: admins manage access)', async () => {
    expect((await t.call('dsl', 'GET', '/api/access-config')).status).toBe(403);
  });

  it('changes access once a DSL approves the admin mapping a group (two-person rule), and keeps before/after of the change', async () => {
    expect((await t.call('teacher', 'GET', '/api/me')).json.roles).toEqual(['staff']);
    const current = await read();
    const asked = await patch({ dslGroups: [DEMO_GROUPS.dsl, DEMO_GROUPS.unmapped] }, current.headers.get('etag')!);
    expect(asked.status).toBe(202);
    expect((await t.call('teacher', 'GET', '/api/me')).json.roles).toEqual(['staff']);
    const approved = await t.call('dsl', 'POST', `/api/access-config/pending/${asked.json.pending[0].id}/approve`, { body: {} });
    expect(approved.status).toBe(200);
    const r = await read();
    expect(r.headers.get('etag')).not.toBe(current.headers.get('etag'));
    expect((await t.call('teacher', 'GET', '/api/me')).json.roles).toEqual(['staff', 'dsl']);
    expect((await t.call('teacher', 'GET', '/api/referrals')).status).toBe(200);

    const history = r.json.history;
    expect(history).toEqual([
      expect.objectContaining({ version: 1, changedBy: { oid: personaByKey('admin')!.oid, name: 'Taylor Reed' }, changes: [] }),
      expect.objectContaining({
        version: 2,
        changedBy: { oid: personaByKey('dsl')!.oid, name: 'Alex Morgan' },
        changes: [{ field: 'dslGroups', before: [DEMO_GROUPS.dsl], after: [DEMO_GROUPS.dsl, DEMO_GROUPS.unmapped] }],
        proposal: expect.objectContaining({ step: 'approved', requestedBy: { oid: personaByKey('admin')!.oid, name: 'Taylor Reed' } }),
      }),
    ]);
    const events = (await auditOf('access.approve')).filter((e) => e.outcome === 'success');
    expect(events).toHaveLength(1);
    expect(events[0]!.chain?.seq).toBe(2);
    expect(JSON.stringify(events[0])).not.toContain(DEMO_GROUPS.unmapped); // the event carries no narrative

    const undo = await patch({ dslGroups: [DEMO_GROUPS.dsl] }, r.headers.get('etag')!);
    expect(undo.status).toBe(200); // narrowing takes effect at once
    expect((await t.call('teacher', 'GET', '/api/me')).json.roles).toEqual(['staff']);
  });

  it('chains the configuration’s changes so audit verification can walk them', async () => {
    const events = await t.cosmos.store.audit.all(DEMO_SCHOOL_ID);
    const school = (await t.cosmos.store.schools.get(DEMO_SCHOOL_ID))!;
    expect(school.accessVersion).toBe(3);
    expect(verifyTrail(events, new Map([[ACCESS_RECORD_ID, school.accessAuditHead!]]))).toEqual([]);
  });

  it('refuses a stale ETag (412) and a missing If-Match (428)', async () => {
    const old = (await read()).headers.get('etag')!;
    expect((await patch({ escalationGroups: [] }, old)).status).toBe(200);
    const stale = await patch({ escalationGroups: [DEMO_GROUPS.head] }, old);
    expect(stale.status).toBe(412);
    expect(stale.json.error.message).toMatch(/Reload/);
    expect((await patch({ escalationGroups: [DEMO_GROUPS.head] })).status).toBe(428);
  });

  it('checks the change: GUIDs, known categories, and never an empty admin list', async () => {
    const etag = (await read()).headers.get('etag')!;
    const cases = [
      [{ adminGroups: [] }, 'adminGroups'],
      [{ staffGroups: ['not-a-guid'] }, 'staffGroups.0'],
      [{ categoryReaders: [{ groupId: DEMO_GROUPS.sendReaders, label: 'SENCO', categories: ['astrology'] }] }, 'categoryReaders.0.categories.0'],
      [{ unknownField: true }, '(body)'],
    ] as const;
    for (const [body, path] of cases) {
      const r = await patch(body, etag);
      expect(r.status, JSON.stringify(body)).toBe(422);
      expect(r.json.error.problems.map((p: { path: string }) => p.path)).toContain(path);
    }
  });

  it('offers groups by name for the picker (local directory)', async () => {
    const r = await t.call('admin', 'GET', '/api/access-config/groups?search=SEND');
    expect(r.status).toBe(200);
    expect(r.json.items).toEqual([expect.objectContaining({ id: DEMO_GROUPS.sendReaders, name: 'Lantern – SEND readers' })]);
    expect((await t.call('teacher', 'GET', '/api/access-config/groups?search=SEND')).status).toBe(403);
    expect((await t.call('admin', 'GET', '/api/access-config/groups?search=%22x')).status).toBe(422);
  });

  it('documents the operations in OpenAPI', async () => {
    const doc = (await t.call(null, 'GET', '/api/openapi.json')).json;
    const ids = Object.values(doc.paths as Record<string, Record<string, { operationId: string }>>).flatMap((p) => Object.values(p).map((o) => o.operationId));
    expect(ids).toEqual(expect.arrayContaining(['getAccessConfig', 'updateAccessConfig', 'getAccessReport', 'importRoster', 'searchGroups']));
  });
});
