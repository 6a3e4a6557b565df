import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * One child's whole file on one chronology: a referral with two contacts, the
 * triage decision, the parental-notification decision, a case note and a status
 * flag, in time order, each with kind, author and a link; what teacher2 and the
 * SENCO get; and a status period ended through its ETag as the tab does it.
 */
const CHILD = 'child-016';
let t: TestApp;
let concern: { id: string; ref: string };
let referral: { id: string; ref: string };
let note: { id: string };

interface Entry { id: string; kind: string; at: string; recordedAt?: string; by?: { name: string }; title: string; record: { type: string; id: string; ref: string } }
const chronology = (persona: string) => t.call(persona, 'GET', `/api/children/${CHILD}/chronology`);

beforeAll(async () => {
  t = await startTestApp();
  const c = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ children: [{ childId: CHILD, role: 'subject' }], occurredAt: '2026-11-02T08:30:00Z', account: 'Bruise on the forearm; said a cupboard door did it.' }) });
  expect(c.status).toBe(201);
  concern = c.json;
  for (const body of [
    { op: 'triage', decision: 'refer-to-agency', reasons: 'Second unexplained injury this term.' },
    { op: 'parentalNotification', informed: false, reason: 'Telling the parents may put the child at risk.' },
  ]) {
    const current = await t.call('dsl', 'GET', `/api/concerns/${concern.id}`);
    expect((await t.call('dsl', 'PATCH', `/api/concerns/${concern.id}`, { body, headers: { 'if-match': current.headers.get('etag')! } })).status).toBe(200);
  }
  const made = await t.call('dsl', 'POST', '/api/referrals', { body: { concernId: concern.id, childId: CHILD, agency: 'childrens-social-care', madeAt: '2026-11-03T10:00:00Z', method: 'phone', reference: 'MASH-316' } });
  expect(made.status).toBe(201);
  referral = made.json;
  for (const [at, who] of [['2026-11-04T09:00:00Z', 'MASH duty worker'], ['2026-11-06T14:00:00Z', 'Allocated social worker']]) {
    expect((await t.call('dsl', 'POST', `/api/referrals/${referral.id}/contacts`, { body: { at, direction: 'outgoing', method: 'phone', who, summary: `Spoke to the ${who}.` } })).status).toBe(201);
  }
  const n = await t.call('dsl', 'POST', '/api/case-notes', {
    body: { childId: CHILD, concernId: concern.id, kind: 'call', method: 'phone', occurredAt: '2026-11-05T16:00:00Z', with: [{ name: 'Class teacher', relationship: 'colleague' }], summary: 'Agreed a daily check-in.', followUpDate: '2030-01-15' },
  });
  expect(n.status).toBe(201);
  note = n.json;
  expect((await t.call('dsl', 'POST', `/api/children/${CHILD}/status-flags`, { body: { flag: 'child-protection-plan', cpCategory: 'physical-abuse', startDate: '2026-11-10' } })).status).toBe(201);
});
afterAll(() => t.close());

describe("one child's whole file on the chronology", () => {
  it('holds the referral, two contacts, triage, parental decision, case note and status flag in time order, each with kind, author and link', async () => {
    const r = await chronology('dsl');
    expect(r.status).toBe(200);
    const entries = (r.json.entries as Entry[]).filter((e) => e.kind !== 'action');
    const kinds = entries.map((e) => e.kind);
    for (const kind of ['concern', 'triage', 'parental-decision', 'referral', 'case-note', 'status-flag']) expect(kinds, kind).toContain(kind);
    expect(kinds.filter((k) => k === 'referral-contact')).toHaveLength(2);
    const moments = entries.map((e) => Date.parse(e.at.length === 10 ? `${e.at}T00:00:00Z` : e.at));
    expect(moments).toEqual([...moments].sort((a, b) => a - b));
    for (const e of entries) {
      expect(e.kind).toBeTruthy();
      expect(e.by?.name, e.kind).toBeTruthy();
      expect(e.record.id, e.kind).toBeTruthy();
      expect(e.record.ref, e.kind).toBeTruthy();
    }
    expect(entries.find((e) => e.kind === 'case-note')).toMatchObject({ by: { name: 'Alex Morgan' }, record: { type: 'concern', id: concern.id, ref: concern.ref } });
    expect(entries.find((e) => e.kind === 'status-flag')).toMatchObject({ title: 'Child protection plan (Physical abuse) started', record: { type: 'child', id: CHILD } });
    expect(entries.filter((e) => e.kind === 'referral-contact').every((e) => e.record.id === referral.id)).toBe(true);
  });

  it("turns the case note's follow-up date into an action on the concern, assigned to its author", async () => {
    const c = await t.call('dsl', 'GET', `/api/concerns/${concern.id}`);
    const action = (c.json.actions as { description: string; dueDate: string; assignee: { name: string }; done: boolean }[]).find((a) => a.dueDate === '2030-01-15');
    expect(action).toMatchObject({ assignee: { name: 'Alex Morgan' }, done: false, description: expect.stringContaining('call') });
    expect(note.id).toBeTruthy();
    const entries = (await chronology('dsl')).json.entries as Entry[];
    expect(entries.find((e) => e.kind === 'action-set' && e.record.id === concern.id)).toMatchObject({ title: 'Action set for Alex Morgan', by: { name: 'Alex Morgan' } });
  });

  it('gives teacher2 none of the entries (refused, or none of these records)', async () => {
    const r = await chronology('teacher2');
    const text = JSON.stringify(r.json);
    if (r.status === 200) expect((r.json.entries as Entry[]).filter((e) => [concern.id, referral.id, CHILD].includes(e.record.id))).toEqual([]);
    else expect([403, 404]).toContain(r.status);
    for (const secret of ['MASH-316', 'daily check-in', 'Physical abuse', 'cupboard door', concern.ref]) expect(text).not.toContain(secret);
  });

  it("refuses the SENCO this child's chronology (no SEND concern), or carries no UPN or date of birth", async () => {
    const r = await chronology('senco');
    if (r.status === 200) {
      expect(r.json.child.upn).toBeUndefined();
      expect(r.json.child.dateOfBirth).toBeUndefined();
    } else expect([403, 404]).toContain(r.status);
  });
});

describe("ending a status period with the ETag from the list (as the tab does)", () => {
  it('lists each period with its ETag for a DSL, and an If-Match PATCH ends it; a stale ETag is refused with 412', async () => {
    const list = await t.call('dsl', 'GET', `/api/children/${CHILD}/status-flags`);
    expect(list.status).toBe(200);
    const plan = (list.json.items as { id: string; flag: string; etag?: string; can: { update: boolean } }[]).find((f) => f.flag === 'child-protection-plan')!;
    expect(plan.can.update).toBe(true);
    expect(plan.etag).toMatch(/\S/);
    const ended = await t.call('dsl', 'PATCH', `/api/status-flags/${plan.id}`, { body: { op: 'end', endDate: '2026-12-01' }, headers: { 'if-match': plan.etag! } });
    expect(ended.status).toBe(200);
    expect(ended.json).toMatchObject({ endDate: '2026-12-01', current: false });
    const stale = await t.call('dsl', 'PATCH', `/api/status-flags/${plan.id}`, { body: { op: 'edit', changes: { cpCategory: 'neglect' } }, headers: { 'if-match': plan.etag! } });
    expect(stale.status).toBe(412);
    const after = await t.call('dsl', 'GET', `/api/children/${CHILD}/status-flags`);
    const again = (after.json.items as { id: string; etag?: string; endDate?: string }[]).find((f) => f.id === plan.id)!;
    expect(again.endDate).toBe('2026-12-01');
    expect(again.etag).not.toBe(plan.etag);
    const entries = (await chronology('dsl')).json.entries as Entry[];
    expect(entries.map((e) => e.title)).toContain('Child protection plan (Physical abuse) ended');
  });

  it('gives no ETag to someone who may not change the period', async () => {
    const r = await t.call('senco', 'GET', `/api/children/${CHILD}/status-flags`);
    if (r.status === 200) for (const f of r.json.items as { etag?: string }[]) expect(f.etag).toBeUndefined();
    else expect(r.status).toBe(403);
  });
});
