import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LanternError } from '../../src/core/errors.js';
import { DEMO_SCHOOL_ID } from '../../src/local/demo-identity.js';
import { RECORDS_CONTAINER } from '../../src/store/containers.js';
import { verifyAllSchools } from '../../src/ops/verify-all-schools.js';
import { makeChild } from '../support/fixtures.js';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** A former pupil born on 29 February 2000: their file's default review date (DOB + 25 years) has passed. */
async function formerPupil(id: string, dateOfBirth = '2000-02-29') {
  await t.cosmos.store.children.create(makeChild({ id, schoolId: DEMO_SCHOOL_ID, dateOfBirth, upn: 'B123456789012', leftAt: '2011-07-20' }));
}

async function closedConcern(children: { childId: string; role: string }[], categories = ['welfare'], occurredAt = '2010-05-04T10:00:00Z') {
  const c = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ children, categories, occurredAt }) });
  expect(c.status).toBe(201);
  const tr = await t.call('dsl', 'PATCH', `/api/concerns/${c.json.id}`, { body: { op: 'triage', decision: 'monitor', reasons: 'Watch.' }, headers: { 'if-match': c.headers.get('etag')! } });
  const cl = await t.call('dsl', 'PATCH', `/api/concerns/${c.json.id}`, { body: { op: 'close', outcome: 'Resolved', summary: 'No further concerns.' }, headers: { 'if-match': tr.headers.get('etag')! } });
  expect(cl.status).toBe(200);
  return c.json.id as string;
}

async function closedReferral(concernId: string, childId: string) {
  const r = await t.call('dsl', 'POST', '/api/referrals', { body: { concernId, childId, agency: 'early-help', madeAt: '2010-05-05T10:00:00Z', method: 'phone', reference: 'EH-1' } });
  expect(r.status).toBe(201);
  const closed = await t.call('dsl', 'PATCH', `/api/referrals/${r.json.id}`, { body: { op: 'close', outcome: 'Support accepted.' }, headers: { 'if-match': r.headers.get('etag')! } });
  expect(closed.status).toBe(200);
  return r.json.id as string;
}

const file = async (childId: string) => t.call('dsl', 'GET', `/api/retention/files/${childId}`);
const deletion = (persona: string, childId: string, body: Record<string, unknown>) => t.call(persona, 'POST', `/api/retention/files/${childId}/deletion`, { body });
const decide = (f: { fingerprint: string; rule: { id: string } }) => ({ confirm: true, fingerprint: f.fingerprint, rule: f.rule.id, reason: 'Reviewed: retention period over, no ongoing need.' });

describe('retention review', () => {
  it('dates each closed file from date of birth (29 Feb → 1 Mar) and queues it for DSLs once due', async () => {
    await formerPupil('old-1');
    await closedConcern([{ childId: 'old-1', role: 'subject' }]);
    const queue = await t.call('dsl', 'GET', '/api/retention/files');
    expect(queue.status).toBe(200);
    const item = queue.json.items.find((i: { childId: string }) => i.childId === 'old-1');
    expect(item).toMatchObject({ reviewDate: '2025-03-01', due: true, closed: true, rule: { id: 'default:25' }, concerns: 1 });
    // Current pupils' files are not due for decades.
    expect(queue.json.items.every((i: { reviewDate: string }) => i.reviewDate <= queue.json.today)).toBe(true);
    for (const persona of ['teacher', 'admin', 'senco']) expect((await t.call(persona, 'GET', '/api/retention/files')).status, persona).toBe(403);
    expect((await t.call('otherDsl', 'GET', '/api/retention/files/old-1')).status).toBe(404);
  });

  it('lets the admin set per-category periods (If-Match, audited) that move the review date', async () => {
    await formerPupil('old-2', '2000-06-15');
    await closedConcern([{ childId: 'old-2', role: 'subject' }], ['send', 'welfare']);
    const s = await t.call('admin', 'GET', '/api/retention-settings');
    expect(s.json).toMatchObject({ defaultYears: 25, categoryYears: {} });
    const etag = s.headers.get('etag')!;
    const body = { defaultYears: 25, categoryYears: { send: 35 } };
    expect((await t.call('dsl', 'PUT', '/api/retention-settings', { body, headers: { 'if-match': etag } })).status).toBe(403);
    expect((await t.call('admin', 'PUT', '/api/retention-settings', { body })).status).toBe(428);
    expect((await t.call('admin', 'PUT', '/api/retention-settings', { body, headers: { 'if-match': '"stale"' } })).status).toBe(412);
    const bad = await t.call('admin', 'PUT', '/api/retention-settings', { body: { defaultYears: 25, categoryYears: { nonsense: 3 } }, headers: { 'if-match': etag } });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.json.error.problems)).toContain('categoryYears.nonsense');
    const put = await t.call('admin', 'PUT', '/api/retention-settings', { body, headers: { 'if-match': etag } });
    expect(put.status).toBe(200);
    expect((await file('old-2')).json).toMatchObject({ reviewDate: '2035-06-15', due: false, rule: { id: 'category:send:35' } });
    const events = (await t.call('admin', 'GET', '/api/audit-events?recordId=access-config')).json.items.map((e: { action: string }) => e.action);
    expect(events).toContain('retention.settings.update');
    const back = await t.call('admin', 'PUT', '/api/retention-settings', { body: { defaultYears: 25, categoryYears: {} }, headers: { 'if-match': put.headers.get('etag')! } });
    expect(back.status).toBe(200);
    expect((await file('old-2')).json.reviewDate).toBe('2025-06-15');
  });
});

describe('legal hold and deletion', () => {
  it('blocks deletion while on legal hold, and deletes after release, leaving a tombstone the audit check recognises', async () => {
    await formerPupil('old-3');
    const concernId = await closedConcern([{ childId: 'old-3', role: 'subject' }]);
    const referralId = await closedReferral(concernId, 'old-3');
    const hold = await t.call('dsl', 'PUT', '/api/retention/files/old-3/legal-hold', { body: { onHold: true, reason: 'Police investigation: preserve.' } });
    expect(hold.status).toBe(200);
    expect(hold.json.legalHold).toMatchObject({ onHold: true, by: { name: 'Alex Morgan' } });
    const queue = await t.call('dsl', 'GET', '/api/retention/files');
    expect(queue.json.items.some((i: { childId: string }) => i.childId === 'old-3')).toBe(false);
    const blocked = await deletion('dsl', 'old-3', decide(hold.json));
    expect(blocked.status).toBe(409);
    expect(blocked.json.error.code).toBe('invalid_state');
    expect((await t.call('dsl', 'PUT', '/api/retention/files/old-3/legal-hold', { body: { onHold: false, reason: 'Investigation closed.' } })).status).toBe(428);
    const release = await t.call('dsl', 'PUT', '/api/retention/files/old-3/legal-hold', { body: { onHold: false, reason: 'Investigation closed.' }, headers: { 'if-match': hold.headers.get('etag')! } });
    expect(release.status).toBe(200);
    expect(release.json.holdHistory).toHaveLength(2);

    const reviewed = (await file('old-3')).json;
    for (const persona of ['teacher', 'admin']) expect((await deletion(persona, 'old-3', decide(reviewed))).status, persona).toBe(403);
    expect((await deletion('otherDsl', 'old-3', decide(reviewed))).status).toBe(404);
    expect((await deletion('dsl', 'old-3', { ...decide(reviewed), fingerprint: '0'.repeat(32) })).status).toBe(412);
    expect((await deletion('dsl', 'old-3', { ...decide(reviewed), rule: 'category:send:35' })).status).toBe(422);
    expect((await deletion('dsl', 'old-3', { ...decide(reviewed), confirm: false })).status).toBe(422);
    expect((await t.call('dsl', 'GET', `/api/concerns/${concernId}`)).status).toBe(200);

    const done = await deletion('dsl', 'old-3', decide(reviewed));
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({ status: 'deleted', rule: 'default:25', decidedBy: { name: 'Alex Morgan' }, childId: 'old-3' });
    expect(done.json.records.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining([concernId, referralId, `${concernId}:v3`, 'retention:old-3']));
    expect(JSON.stringify(done.json)).not.toContain('No further concerns');
    expect((await t.call('dsl', 'GET', `/api/concerns/${concernId}`)).status).toBe(404);
    expect((await t.call('dsl', 'GET', `/api/referrals/${referralId}`)).status).toBe(404);
    expect((await t.call('dsl', 'GET', `/api/concerns/${concernId}`)).status).toBe(404);
    // The audit trail keeps every event of the deleted records, and the deletion itself.
    const trail = (await t.call('dsl', 'GET', `/api/audit-events?recordId=${concernId}`)).json.items.map((e: { action: string }) => e.action);
    expect(trail).toEqual(expect.arrayContaining(['concern.create', 'concern.close']));
    const tombRes = await t.call('dsl', 'GET', '/api/audit-events?recordId=deletion:old-3');
    expect(tombRes.status, JSON.stringify(tombRes.json)).toBe(200);
    const tomb = tombRes.json.items;
    expect(tomb.filter((e: { outcome: string }) => e.outcome === 'success').map((e: { action: string }) => e.action).sort()).toEqual(['retention.delete.complete', 'retention.delete.start']);
    expect(tomb.filter((e: { outcome: string }) => e.outcome === 'denied')).toHaveLength(2);
    expect(await verifyAllSchools(t.cosmos.store, () => {})).toBe(true);
    expect((await deletion('dsl', 'old-3', decide(reviewed))).status).toBe(409);
    const all = await t.call('dsl', 'GET', '/api/retention/files?view=all');
    expect(all.json.items.some((i: { childId: string }) => i.childId === 'old-3')).toBe(false);
  });

  it('refuses a file not yet due or still open', async () => {
    const open = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ children: [{ childId: 'child-002', role: 'subject' }] }) });
    expect(open.status).toBe(201);
    const f = (await file('child-002')).json;
    expect(f.closed).toBe(false);
    expect((await deletion('dsl', 'child-002', decide(f))).status).toBe(409);
  });

  it('keeps a concern shared with a child whose file is kept, and resumes an interrupted deletion', async () => {
    await formerPupil('old-4');
    const own = await closedConcern([{ childId: 'old-4', role: 'subject' }]);
    // When both were at the school: a concern cannot be dated before a child in it was born.
    const shared = await closedConcern([{ childId: 'old-4', role: 'alleged-perpetrator' }, { childId: 'child-003', role: 'victim' }], ['welfare'], '2023-05-04T10:00:00Z');
    const transfer = await t.call('dsl', 'POST', '/api/transfers', { body: { childId: 'old-4', destination: { name: 'Hilltop Academy' } } });
    expect(transfer.status).toBe(201);
    const reviewed = (await file('old-4')).json;
    expect(reviewed).toMatchObject({ concerns: 2, sharedConcerns: 1 });
    const retention = t.app.deps.store.retention;
    const realDelete = retention.deleteDocs;
    retention.deleteDocs = async (schoolId, docs) => {
      await realDelete(schoolId, docs.slice(0, 1));
      throw new LanternError('store_unavailable', 'The records store is not answering right now.');
    };
    try {
      expect((await deletion('dsl', 'old-4', decide(reviewed))).status).toBe(503);
    } finally {
      retention.deleteDocs = realDelete;
    }
    const queue = await t.call('dsl', 'GET', '/api/retention/files');
    expect(queue.json.items.find((i: { childId: string }) => i.childId === 'old-4')?.deletion?.status).toBe('deleting');
    const resumed = await deletion('deputy', 'old-4', {});
    expect(resumed.status).toBe(200);
    expect(resumed.json).toMatchObject({ status: 'deleted', resumed: true, decidedBy: { name: 'Alex Morgan' } });
    expect((await t.call('dsl', 'GET', `/api/concerns/${own}`)).status).toBe(404);
    expect((await t.call('dsl', 'GET', `/api/concerns/${shared}`)).status).toBe(200);
    expect((await t.call('dsl', 'GET', `/api/transfers/${transfer.json.id}`)).status).toBe(404);
    expect(resumed.json.records.map((r: { type: string }) => r.type)).toContain('transfer');
    expect(await verifyAllSchools(t.cosmos.store, () => {})).toBe(true);
  });
});

describe('the store never deletes audit events', () => {
  it('refuses to delete an audit event, a school, a child or a tombstone even if asked', async () => {
    const [event] = (await t.cosmos.store.audit.query(DEMO_SCHOOL_ID, {}, { limit: 1 })).items;
    for (const doc of [{ id: event!.id, type: 'audit' }, { id: DEMO_SCHOOL_ID, type: 'school' }, { id: 'child-001', type: 'child' }, { id: 'deletion:old-3', type: 'deletionTombstone' }]) {
      await expect(t.cosmos.store.retention.deleteDocs(DEMO_SCHOOL_ID, [doc]), doc.type).rejects.toThrow(/never deleted/);
    }
    expect((await t.cosmos.store.audit.query(DEMO_SCHOOL_ID, { recordId: event!.recordId }, { limit: 100 })).items.map((e) => e.id)).toContain(event!.id);
  });
});

describe('tamper evidence after a deletion', () => {
  // Runs last: it tampers with the trail on purpose.
  it("still notices a deleted record's last audit event going missing, from the head its tombstone kept", async () => {
    await formerPupil('old-5');
    const concernId = await closedConcern([{ childId: 'old-5', role: 'subject' }]);
    expect((await deletion('dsl', 'old-5', decide((await file('old-5')).json))).status).toBe(200);
    expect(await verifyAllSchools(t.cosmos.store, () => {})).toBe(true);
    await t.cosmos.database.container(RECORDS_CONTAINER).item(`audit:${concernId}:3`, DEMO_SCHOOL_ID).delete();
    const lines: string[] = [];
    expect(await verifyAllSchools(t.cosmos.store, (l) => lines.push(l))).toBe(false);
    expect(lines.join('\n')).toContain(concernId);
  });
});
