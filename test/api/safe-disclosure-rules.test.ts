import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from '../../src/alerts/sweep.js';
import { DEMO_SCHOOL_ID } from '../../src/local/demo-identity.js';
import { makeChild } from '../support/fixtures.js';
import { concernBody, OTHER_CHILD, startTestApp, type TestApp } from '../support/test-app.js';

// The demo school's calendar: autumn term to Fri 18 Dec 2026, spring term from Mon 4 Jan 2027 (half-term 15–19 Feb).
let t: TestApp;
let now = new Date('2027-02-10T10:00:00Z');
beforeAll(async () => {
  t = await startTestApp({ ALERT_SWEEP_SECONDS: '0' });
  t.app.deps.clock = () => now;
  await t.cosmos.store.children.create(makeChild({ id: 'mover-1', schoolId: DEMO_SCHOOL_ID, givenName: 'Robin', familyName: 'Mover', upn: OTHER_CHILD.upn, leftAt: '2027-02-09' }));
  await t.cosmos.store.children.create(makeChild({ id: 'slow-1', schoolId: DEMO_SCHOOL_ID, givenName: 'Sky', familyName: 'Slowe', upn: 'B123456789012', leftAt: '2027-03-01' }));
});
afterAll(() => t.close());

const sweep = (at: string) => sweepOnce(t.app.deps, new Date(at), undefined, 'rules-test', 60_000);
const alertsFor = async (id: string, persona = 'dsl') =>
  (await t.call(persona, 'GET', '/api/alerts?limit=100')).json.items.filter((a: { deadline?: { recordId: string } }) => a.deadline?.recordId === id);
const patchSar = (id: string, etag: string, body: Record<string, unknown>, persona = 'dsl') =>
  t.call(persona, 'PATCH', `/api/subject-access-requests/${id}`, { body, headers: { 'if-match': etag } });
const download = async (path: string, persona: string) => {
  const res = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${await t.token(persona)}` } });
  return JSON.parse(Buffer.from(await res.arrayBuffer()).toString('utf8'));
};
const sarBody = (childId: string, receivedOn: string, extra: Record<string, unknown> = {}) => ({
  childId, requester: { name: 'A Parent', relationship: 'parent-carer' }, receivedOn, identity: { checked: false }, ...extra,
});

describe('complete files: a child with an imported pack', () => {
  it("carries the previous school's entries, with provenance, in the subject-access export and the onward transfer pack", async () => {
    // The first school writes a concern and a case note, and sends the file on.
    const c = await t.call('teacher', 'POST', '/api/concerns', {
      body: concernBody({ children: [{ childId: 'mover-1', role: 'victim' }], account: 'Robin came in with a bruise on his arm and said it was from home.', occurredAt: '2027-02-01T12:00:00Z' }),
    });
    expect(c.status).toBe(201);
    const created = await t.call('dsl', 'POST', '/api/transfers', { body: { childId: 'mover-1', destination: { name: 'Hilltop Academy', urn: '123456' } } });
    expect(created.status).toBe(201);
    const built = await t.call('dsl', 'POST', `/api/transfers/${created.json.id}/pack`, { body: {}, headers: { 'if-match': created.headers.get('etag')! } });
    expect(built.status).toBe(200);
    const pack = await download(`/api/transfers/${created.json.id}/pack/json`, 'dsl');

    // The new school imports it…
    const imported = await t.call('otherDsl', 'POST', '/api/transfers/received', { body: { childId: OTHER_CHILD.id, sentAt: '2027-02-10T09:30:00Z', pack } });
    expect(imported.status).toBe(201);

    // …and its subject-access export holds those entries, saying where they came from.
    const sar = await t.call('otherDsl', 'POST', '/api/subject-access-requests', { body: sarBody(OTHER_CHILD.id, '2027-02-10', { identity: { checked: true, method: 'photo-id', checkedOn: '2027-02-10' } }) });
    expect(sar.status).toBe(201);
    const released = await t.call('otherDsl', 'POST', `/api/subject-access-requests/${sar.json.id}/releases`, { body: { confirmReviewed: true }, headers: { 'if-match': sar.headers.get('etag')! } });
    expect(released.status).toBe(201);
    const file = await download(released.json.files.json, 'otherDsl');
    const received = file.sections.find((s: { key: string }) => s.key === 'received');
    expect(received?.entries.length).toBeGreaterThan(0);
    const text = JSON.stringify(received);
    expect(text).toContain('a bruise on his arm');
    expect(text).toContain("From the previous school's file (Lantern Demo Primary School");

    // …and so does the pack it sends on to the next school.
    const onward = await t.call('otherDsl', 'POST', '/api/transfers', { body: { childId: OTHER_CHILD.id, destination: { name: 'Riverside High' } } });
    expect(onward.status).toBe(201);
    const onwardBuilt = await t.call('otherDsl', 'POST', `/api/transfers/${onward.json.id}/pack`, { body: {}, headers: { 'if-match': onward.headers.get('etag')! } });
    expect(onwardBuilt.status).toBe(200);
    const onwardPack = await download(`/api/transfers/${onward.json.id}/pack/json`, 'otherDsl');
    const onwardText = JSON.stringify(onwardPack.file.sections);
    expect(onwardText).toContain('a bruise on his arm');
    expect(onwardText).toContain("From the previous school's file");
  });
});

describe('statutory rules for subject access', () => {
  it('refuses an extension after the deadline with a clear 409, and records when the requester was told before it', async () => {
    now = new Date('2027-03-15T10:00:00Z');
    const late = await t.call('dsl', 'POST', '/api/subject-access-requests', { body: sarBody('child-003', '2027-02-01') }); // due 1 Mar
    expect(late.status).toBe(201);
    const refused = await patchSar(late.json.id, late.headers.get('etag')!, { op: 'extend', reason: 'Complex', requesterToldOn: '2027-03-14' });
    expect(refused.status).toBe(409);
    expect(refused.json.error.message).toMatch(/deadline \(1 March 2027\) has passed/);
    expect((await t.call('dsl', 'GET', `/api/subject-access-requests/${late.json.id}`)).json.dueOn).toBe('2027-03-01');

    const inTime = await t.call('dsl', 'POST', '/api/subject-access-requests', { body: sarBody('child-003', '2027-03-01') });
    const future = await patchSar(inTime.json.id, inTime.headers.get('etag')!, { op: 'extend', reason: 'Complex', requesterToldOn: '2027-03-20' });
    expect(future.status).toBe(422);
    expect(JSON.stringify(future.json.error.problems)).toContain('requesterToldOn');
    const ext = await patchSar(inTime.json.id, inTime.headers.get('etag')!, { op: 'extend', reason: 'Complex: three agencies', requesterToldOn: '2027-03-12' });
    expect(ext.status).toBe(200);
    expect(ext.json).toMatchObject({ dueOn: '2027-06-01', extension: { requesterToldOn: '2027-03-12' } });
  });

  it('stops the clock while waiting for identity and moves the deadline by the days paused', async () => {
    now = new Date('2027-03-15T10:00:00Z');
    const r = await t.call('dsl', 'POST', '/api/subject-access-requests', { body: sarBody('child-003', '2027-03-10') });
    expect(r.json.dueOn).toBe('2027-04-10');
    const paused = await patchSar(r.json.id, r.headers.get('etag')!, { op: 'pauseClock', reason: 'identity', from: '2027-03-11', note: 'Asked for photo ID' });
    expect(paused.status).toBe(200);
    expect(paused.json.deadline.paused).toBe(true);
    const twice = await patchSar(r.json.id, paused.headers.get('etag')!, { op: 'pauseClock', reason: 'clarification', from: '2027-03-12' });
    expect(twice.status).toBe(409);
    // Nothing alerts while the clock is stopped, even past the old deadline.
    await sweep('2027-04-12T09:00:00Z');
    expect(await alertsFor(r.json.id)).toEqual([]);
    now = new Date('2027-04-12T10:00:00Z');
    const badResume = await patchSar(r.json.id, paused.headers.get('etag')!, { op: 'resumeClock', on: '2027-03-01' });
    expect(badResume.status).toBe(422);
    const resumed = await patchSar(r.json.id, paused.headers.get('etag')!, { op: 'resumeClock', on: '2027-03-18' }); // 7 days paused
    expect(resumed.status).toBe(200);
    expect(resumed.json).toMatchObject({ dueOn: '2027-04-17', deadline: { paused: false } });
    expect(resumed.json.pauses).toMatchObject([{ reason: 'identity', from: '2027-03-11', to: '2027-03-18' }]);
  });

  it('raises no deadline alerts for a released request', async () => {
    now = new Date('2027-03-15T10:00:00Z');
    const r = await t.call('dsl', 'POST', '/api/subject-access-requests', { body: sarBody('child-003', '2027-03-05', { identity: { checked: true, method: 'photo-id', checkedOn: '2027-03-05' } }) }); // due 5 Apr
    const released = await t.call('dsl', 'POST', `/api/subject-access-requests/${r.json.id}/releases`, { body: { confirmReviewed: true }, headers: { 'if-match': r.headers.get('etag')! } });
    expect(released.status).toBe(201);
    await sweep('2027-04-01T09:00:00Z');
    await sweep('2027-04-07T09:00:00Z');
    expect(await alertsFor(r.json.id)).toEqual([]);
  });

  it("times a parent's request to see the educational record in 15 school days, with no extension", async () => {
    now = new Date('2027-02-10T10:00:00Z');
    // Wed 10 Feb + 15 school days, skipping half-term (15–19 Feb): Wed 10 Mar.
    const r = await t.call('dsl', 'POST', '/api/subject-access-requests', { body: sarBody('child-003', '2027-02-10', { requestType: 'educational-record' }) });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ requestType: 'educational-record', dueOn: '2027-03-10', deadline: { requestType: 'educational-record' } });
    const ext = await patchSar(r.json.id, r.headers.get('etag')!, { op: 'extend', reason: 'Complex' });
    expect(ext.status).toBe(409);
    const bad = await t.call('dsl', 'POST', '/api/subject-access-requests', { body: sarBody('child-003', '2027-02-10', { requestType: 'school-report' }) });
    expect(bad.status).toBe(422);
  });
});

describe('KCSIE: sending the file to the new school', () => {
  it('alerts the DSLs once, naming no child, when a transfer is not sent 5 school days after the leaving date', async () => {
    now = new Date('2027-03-01T10:00:00Z');
    const created = await t.call('dsl', 'POST', '/api/transfers', { body: { childId: 'slow-1', destination: { name: 'Hilltop Academy' } } });
    expect(created.status).toBe(201);
    // Left Mon 1 Mar: the 5th school day after is Mon 8 Mar; sending is overdue from Tue 9 Mar.
    expect(created.json.sendDueAt).toBe('2027-03-09T00:00:00.000Z');
    await sweep('2027-03-08T12:00:00Z');
    expect(await alertsFor(created.json.id)).toEqual([]);
    await sweep('2027-03-09T09:00:00Z');
    await sweep('2027-03-10T09:00:00Z');
    await sweep('2027-03-11T09:00:00Z');
    const alerts = await alertsFor(created.json.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'overdue' });
    expect(alerts[0].text).toContain(created.json.ref);
    expect(alerts[0].text).not.toMatch(/Sky|Slowe/);
  });
});
