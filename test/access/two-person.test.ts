import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from '../../src/alerts/sweep.js';
import { verifyTrail } from '../../src/core/audit/verify-trail.js';
import { ACCESS_RECORD_ID } from '../../src/core/model/access-version.js';
import type { AlertChannel, Reachable } from '../../src/core/ports/alert-channel.js';
import { DEMO_GROUPS, DEMO_SCHOOL_ID, personaByKey } from '../../src/local/demo-identity.js';
import { localPeopleDirectory } from '../../src/local/local-people.js';
import { startAccessApp, type AccessApp } from './access-app.js';

/** Security: the two-person rule for widening access (issue: trust you can prove). */
let t: AccessApp;
beforeAll(async () => {
  t = await startAccessApp({ people: localPeopleDirectory() });
});
afterAll(() => t.close());

const etag = async () => (await t.call('admin', 'GET', '/api/access-config')).headers.get('etag')!;
const patch = async (body: unknown, who: string | { token: string } = 'admin') =>
  t.call(who, 'PATCH', '/api/access-config', { body, headers: { 'if-match': await etag() } });
const decide = (who: string | { token: string }, id: string, d: 'approve' | 'reject') => t.call(who, 'POST', `/api/access-config/pending/${id}/${d}`, { body: {} });
const pending = async () => (await t.call('admin', 'GET', '/api/access-config')).json.pending as { id: string; requestedBy: { name: string }; summary: string[] }[];
const person = (key: string): Reachable => {
  const p = personaByKey(key)!;
  return { oid: p.oid, name: p.name, groups: p.groups };
};

describe('two people to widen access', () => {
  it('an admin adding their own group to the DSL groups: pending, 403 stays, each DSL gets a card, another DSL approves, both names audited', async () => {
    const admin = personaByKey('admin')!;
    const r = await patch({ dslGroups: [DEMO_GROUPS.dsl, DEMO_GROUPS.admin] });
    expect(r.status).toBe(202);
    expect(r.json.pendingApproval).toBe(true);
    expect(r.json.config.dslGroups).toEqual([DEMO_GROUPS.dsl]);
    expect((await t.call('admin', 'GET', '/api/concerns')).status).toBe(403);

    const [change] = await pending();
    expect(change!.requestedBy.name).toBe('Taylor Reed');
    expect(change!.summary[0]).toMatch(/^add the group “.+” to the DSL groups$/);

    const sent: { oid: string; text: string }[] = [];
    const channel: AlertChannel = {
      reachable: async () => ['dsl', 'deputy', 'admin', 'teacher'].map(person),
      send: async (_s, oid, alert, text) => void (alert.source === 'deadline' && alert.deadline.source === 'access-change' && sent.push({ oid, text })),
    };
    await sweepOnce(t.app.deps, new Date(), channel, 'two-person-test', 60_000);
    expect(sent.map((s) => s.oid).sort()).toEqual([personaByKey('dsl')!.oid, personaByKey('deputy')!.oid].sort());
    for (const s of sent) {
      expect(s.text).toContain('Taylor Reed asked to add the group');
      expect(s.text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}|\d{4}-\d{2}-\d{2}T/); // no ids, no ISO timestamps
    }

    expect((await decide('admin', change!.id, 'approve')).status).toBe(403); // an admin is not a DSL
    const ok = await decide('deputy', change!.id, 'approve');
    expect(ok.status).toBe(200);
    expect((await t.call('admin', 'GET', '/api/concerns')).status).toBe(200);
    expect(await pending()).toEqual([]);

    const events = await t.cosmos.store.audit.all(DEMO_SCHOOL_ID);
    const chained = events.filter((e) => e.recordId === ACCESS_RECORD_ID && e.chain);
    expect(chained.find((e) => e.action === 'access.propose')?.oid).toBe(admin.oid);
    expect(chained.find((e) => e.action === 'access.approve')?.oid).toBe(personaByKey('deputy')!.oid);
    const school = (await t.cosmos.store.schools.get(DEMO_SCHOOL_ID))!;
    expect(verifyTrail(events, new Map([[ACCESS_RECORD_ID, school.accessAuditHead!]]))).toEqual([]);
    const history = (await t.call('admin', 'GET', '/api/access-config')).json.history as { proposal?: { step: string; requestedBy: { name: string }; decidedBy?: { name: string } } }[];
    expect(history.at(-1)!.proposal).toMatchObject({ step: 'approved', requestedBy: { name: 'Taylor Reed' }, decidedBy: { name: 'Sam Patel' } });

    expect((await patch({ dslGroups: [DEMO_GROUPS.dsl] })).status).toBe(200); // narrowing applies at once
    expect((await t.call('admin', 'GET', '/api/concerns')).status).toBe(403);
  });

  it('the requester cannot approve their own change, even as a DSL', async () => {
    const dslAdmin = { token: await t.idp.idp.issueToken({ oid: '00000000-0000-4000-8000-0000000000a1', name: 'Robin Dual', groups: [DEMO_GROUPS.dsl, DEMO_GROUPS.admin] }) };
    const r = await patch({ adminGroups: [DEMO_GROUPS.admin, DEMO_GROUPS.staff] }, dslAdmin);
    expect(r.status).toBe(202);
    const [change] = await pending();
    const own = await decide(dslAdmin, change!.id, 'approve');
    expect(own.status).toBe(403);
    expect(own.json.error.message).toMatch(/another DSL/);
    expect((await decide('dsl', change!.id, 'reject')).status).toBe(200);
    expect((await t.call('admin', 'GET', '/api/access-config')).json.config.adminGroups).toEqual([DEMO_GROUPS.admin]);
    expect((await decide('deputy', change!.id, 'approve')).status).toBe(404); // already decided
  });

  it('two racing approvals apply once', async () => {
    await patch({ categoryReaders: [{ groupId: DEMO_GROUPS.unmapped, label: 'Year 4 team', categories: ['safeguarding'] }] });
    const [change] = await pending();
    const versionBefore = (await t.cosmos.store.schools.get(DEMO_SCHOOL_ID))!.accessVersion!;
    const results = await Promise.all([decide('dsl', change!.id, 'approve'), decide('deputy', change!.id, 'approve')]);
    expect(results.map((r) => r.status).filter((s) => s !== 200)).toEqual([expect.toSatisfy((s: number) => s === 409 || s === 404)]);
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.every((r) => r.status < 500)).toBe(true);
    expect((await t.cosmos.store.schools.get(DEMO_SCHOOL_ID))!.accessVersion).toBe(versionBefore + 1);
    const approvals = (await t.cosmos.store.audit.all(DEMO_SCHOOL_ID)).filter((e) => e.action === 'access.approve' && e.outcome === 'success');
    expect(approvals).toHaveLength(2); // the first test's and this one's: once each
  });

  it('refuses a forged id, a change of another school, a non-DSL, and a lapsed change', async () => {
    expect((await decide('dsl', 'access-change-forged', 'approve')).status).toBe(404);
    await patch({ dslGroups: [DEMO_GROUPS.dsl, DEMO_GROUPS.sendReaders] });
    const [change] = await pending();
    expect((await decide('teacher', change!.id, 'approve')).status).toBe(403);
    const outsider = { token: await t.idp.idp.issueToken({ oid: '00000000-0000-4000-8000-0000000000b2', name: 'Other School DSL', groups: ['99999999-9999-4999-8999-999999999999'] }) };
    expect((await decide(outsider, change!.id, 'approve')).status).toBe(403);
    t.advance(8 * 86_400_000);
    const late = await decide('dsl', change!.id, 'approve');
    expect(late.status).toBe(409);
    expect(await pending()).toEqual([]);
    expect((await t.call('admin', 'GET', '/api/access-config')).json.config.dslGroups).toEqual([DEMO_GROUPS.dsl]);
  });
});
