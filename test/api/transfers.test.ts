import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from '../../src/alerts/sweep.js';
import { DEMO_SCHOOL_ID } from '../../src/local/demo-identity.js';
import { verifyAllSchools } from '../../src/ops/verify-all-schools.js';
import { makeChild } from '../support/fixtures.js';
import { concernBody, OTHER_CHILD, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let now = new Date('2027-02-10T10:00:00Z');
beforeAll(async () => {
  t = await startTestApp({ ALERT_SWEEP_SECONDS: '0' });
  t.app.deps.clock = () => now;
  // A leaver whose UPN the other school's child also carries (the same pupil, moving school).
  await t.cosmos.store.children.create(makeChild({ id: 'leaver-1', schoolId: DEMO_SCHOOL_ID, givenName: 'Robin', familyName: 'Leaver', upn: OTHER_CHILD.upn, leftAt: '2027-02-09' }));
});
afterAll(() => t.close());

const sweep = (at: string) => sweepOnce(t.app.deps, new Date(at), undefined, 'transfer-test', 60_000);
const transferAlerts = async (id: string) =>
  (await t.call('dsl', 'GET', '/api/alerts?limit=100')).json.items.filter((a: { deadline?: { recordId: string } }) => a.deadline?.recordId === id);
const patch = (id: string, etag: string, body: Record<string, unknown>, persona = 'dsl') => t.call(persona, 'PATCH', `/api/transfers/${id}`, { body, headers: { 'if-match': etag } });

let transferId = '';
let packJson: any;

describe('transfer to a new school', () => {
  it('builds a pack keyed by UPN (other children redacted), records sending, and alerts once when receipt is overdue after 5 school days across half-term', async () => {
    const c = await t.call('teacher', 'POST', '/api/concerns', {
      body: concernBody({
        children: [{ childId: 'leaver-1', role: 'victim' }, { childId: 'child-002', role: 'alleged-perpetrator' }],
        account: 'Robin said Ben Hughes pushed him; Mrs Jones was told at pick-up.',
        otherPeople: [{ name: 'Mrs Jones', relationship: 'mother' }],
        occurredAt: '2027-02-01T12:00:00Z',
      }),
    });
    expect(c.status).toBe(201);
    const before = await t.call('dsl', 'GET', '/api/transfers');
    expect(before.json.leaversWithoutTransfer.map((l: { childId: string }) => l.childId)).toContain('leaver-1');

    const created = await t.call('dsl', 'POST', '/api/transfers', { body: { childId: 'leaver-1', destination: { name: 'Hilltop Academy', urn: '123456' } } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ upn: OTHER_CHILD.upn, origin: 'roster-leaver', status: 'preparing', ref: expect.stringMatching(/^T-/) });
    transferId = created.json.id;
    expect((await patch(transferId, created.headers.get('etag')!, { op: 'recordSent', at: '2027-02-10T09:30:00Z', method: 'secure-portal', to: 'DSL, Hilltop Academy' })).status).toBe(409);

    const built = await t.call('dsl', 'POST', `/api/transfers/${transferId}/pack`, { body: {}, headers: { 'if-match': created.headers.get('etag')! } });
    expect(built.status).toBe(200);
    const json = await fetch(`${t.url}/api/transfers/${transferId}/pack/json`, { headers: { authorization: `Bearer ${await t.token('dsl')}` } });
    const bytes = Buffer.from(await json.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(built.json.pack.jsonSha256);
    packJson = JSON.parse(bytes.toString('utf8'));
    expect(packJson).toMatchObject({ format: 'lantern-transfer-pack/1', upn: OTHER_CHILD.upn, from: { name: 'Lantern Demo Primary School' }, to: { name: 'Hilltop Academy', urn: '123456' } });
    const text = JSON.stringify(packJson.file.sections);
    expect(text).toContain('Robin said [Child B] pushed him; Mrs Jones was told');
    expect(text).not.toContain('Ben Hughes');
    const pdf = await fetch(`${t.url}/api/transfers/${transferId}/pack/pdf`, { headers: { authorization: `Bearer ${await t.token('dsl')}` } });
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');

    // Sent on Wednesday 10 Feb; half-term is 15–19 Feb: the 5th school day is Wednesday 24 Feb.
    const sent = await patch(transferId, built.headers.get('etag')!, { op: 'recordSent', at: '2027-02-10T09:30:00Z', method: 'secure-portal', to: 'DSL, Hilltop Academy' });
    expect(sent.status).toBe(200);
    expect(sent.json.receiptDueAt).toBe('2027-02-25T00:00:00.000Z');
    await sweep('2027-02-19T12:00:00Z'); // five working days have passed, but not five school days
    expect(await transferAlerts(transferId)).toEqual([]);
    await sweep('2027-02-25T09:00:00Z');
    await sweep('2027-02-25T10:00:00Z');
    const alerts = await transferAlerts(transferId);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'overdue' });
    expect(alerts[0].text).toContain(sent.json.ref);
    expect(alerts[0].text).not.toMatch(/Robin|Leaver/);
    now = new Date('2027-02-25T10:00:00Z');
    expect((await t.call('dsl', 'GET', `/api/transfers/${transferId}`)).json.receiptOverdue).toBe(true);
  });

  it('chases (moving the deadline) and stops alerting once receipt is confirmed', async () => {
    const got = await t.call('dsl', 'GET', `/api/transfers/${transferId}`);
    const chased = await patch(transferId, got.headers.get('etag')!, { op: 'recordChase', at: '2027-02-25T09:45:00Z', method: 'phone', who: 'Hilltop office', note: 'Will check the portal', nextChaseDate: '2027-03-01' });
    expect(chased.status).toBe(200);
    expect(chased.json).toMatchObject({ receiptDueAt: '2027-03-02T00:00:00.000Z', deadlineCycle: 2 });
    expect((await patch(transferId, got.headers.get('etag')!, { op: 'confirmReceipt', at: '2027-02-25T11:00:00Z', confirmedBy: 'x' })).status).toBe(412);
    now = new Date('2027-02-26T12:00:00Z');
    const received = await patch(transferId, chased.headers.get('etag')!, { op: 'confirmReceipt', at: '2027-02-26T11:00:00Z', confirmedBy: 'J. Smith, DSL at Hilltop' });
    expect(received.status).toBe(200);
    expect(received.json.status).toBe('received');
    expect(received.json.receiptDueAt).toBeUndefined();
    await sweep('2027-03-05T09:00:00Z');
    expect(await transferAlerts(transferId)).toHaveLength(1);
    expect(await verifyAllSchools(t.cosmos.store, () => {})).toBe(true);
  });

  it('is for DSLs of the school only', async () => {
    for (const persona of ['teacher', 'admin', 'senco']) {
      expect((await t.call(persona, 'GET', '/api/transfers')).status, persona).toBe(403);
      expect((await t.call(persona, 'POST', '/api/transfers', { body: { childId: 'leaver-1', destination: { name: 'X' } } })).status, persona).toBe(403);
    }
    expect((await t.call('otherDsl', 'GET', `/api/transfers/${transferId}`)).status).toBe(404);
    expect((await t.call('otherDsl', 'GET', `/api/transfers/${transferId}/pack/json`)).status).toBe(404);
    const bad = await t.call('dsl', 'POST', '/api/transfers', { body: { childId: 'leaver-1', destination: { name: 'X', urn: '12' } } });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.json.error.problems)).toContain('destination.urn');
  });
});

describe('importing a pack from the previous school', () => {
  it("puts it on the new school's child's chronology with its provenance, matched by UPN", async () => {
    const body = { childId: OTHER_CHILD.id, sentAt: '2027-02-10T09:30:00Z', pack: packJson };
    const imported = await t.call('otherDsl', 'POST', '/api/transfers/received', { body });
    expect(imported.status).toBe(201);
    expect(imported.json).toMatchObject({ childId: OTHER_CHILD.id, upn: OTHER_CHILD.upn, source: { name: 'Lantern Demo Primary School', reference: packJson.reference }, sentAt: '2027-02-10T09:30:00Z', packSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const again = await t.call('otherDsl', 'POST', '/api/transfers/received', { body });
    expect(again.status).toBe(200);
    expect(again.json.id).toBe(imported.json.id);
    const chronology = await t.call('otherDsl', 'GET', `/api/children/${OTHER_CHILD.id}/chronology`);
    const received = chronology.json.entries.filter((e: { kind: string }) => e.kind === 'received');
    expect(received.length).toBeGreaterThan(0);
    expect(received[0].receivedFrom).toMatchObject({ name: 'Lantern Demo Primary School', sentAt: '2027-02-10T09:30:00Z', packSha256: imported.json.packSha256 });
    expect(JSON.stringify(received)).toContain('[Child B] pushed him');
    expect((await t.call('dsl', 'GET', `/api/children/${OTHER_CHILD.id}/chronology`)).status).toBe(404);
  });

  it('refuses a pack for another pupil, a malformed pack, and staff', async () => {
    const wrongUpn = await t.call('otherDsl', 'POST', '/api/transfers/received', { body: { childId: OTHER_CHILD.id, pack: { ...packJson, upn: 'A999999999999' } } });
    expect(wrongUpn.status).toBe(422);
    expect(JSON.stringify(wrongUpn.json.error.problems)).toContain('pack.upn');
    const malformed = await t.call('otherDsl', 'POST', '/api/transfers/received', { body: { childId: OTHER_CHILD.id, pack: { ...packJson, format: 'something-else', extra: 1 } } });
    expect(malformed.status).toBe(422);
    expect((await t.call('teacher', 'POST', '/api/transfers/received', { body: { childId: 'child-001', pack: packJson } })).status).toBe(403);
    const big = await t.call('otherDsl', 'POST', '/api/transfers/received', { rawBody: JSON.stringify({ childId: OTHER_CHILD.id, pack: packJson, pad: 'x'.repeat(300_000) }) });
    expect(big.status).toBe(413);
  });
});
