import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const sarBody = (overrides: Record<string, unknown> = {}) => ({
  childId: 'child-003',
  requester: { name: 'A Parent', relationship: 'parent-carer' },
  receivedOn: '2026-01-31',
  identity: { checked: true, method: 'photo-id', checkedOn: '2026-02-02' },
  ...overrides,
});
const create = (persona = 'dsl', overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  t.call(persona, 'POST', '/api/subject-access-requests', { body: sarBody(overrides), headers });

describe('subject access requests', () => {
  it('is due one calendar month after receipt (31 Jan → 28 Feb), extendable once by two months with a reason', async () => {
    const r = await create();
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ ref: expect.stringMatching(/^S-[2-9A-Z]{6}$/), dueOn: '2026-02-28', status: 'open', deadline: { state: 'overdue', extended: false } });
    expect(r.json.dueAt).toBe('2026-03-01T00:00:00.000Z');
    const noReason = await t.call('dsl', 'PATCH', `/api/subject-access-requests/${r.json.id}`, { body: { op: 'extend', reason: ' ' }, headers: { 'if-match': r.headers.get('etag')! } });
    expect(noReason.status).toBe(422);
    // The deadline has passed: the law allows an extension only before it.
    const late = await t.call('dsl', 'PATCH', `/api/subject-access-requests/${r.json.id}`, { body: { op: 'extend', reason: 'Complex: several agencies' }, headers: { 'if-match': r.headers.get('etag')! } });
    expect(late.status).toBe(409);
    expect(late.json.error.message).toContain('28 February 2026');
    const realClock = t.app.deps.clock;
    t.app.deps.clock = () => new Date('2026-02-20T10:00:00Z');
    const ext = await t.call('dsl', 'PATCH', `/api/subject-access-requests/${r.json.id}`, { body: { op: 'extend', reason: 'Complex: several agencies' }, headers: { 'if-match': r.headers.get('etag')! } });
    t.app.deps.clock = realClock;
    expect(ext.status).toBe(200);
    expect(ext.json).toMatchObject({ dueOn: '2026-04-30', deadlineCycle: 2, extension: { reason: 'Complex: several agencies' } });
    const twice = await t.call('dsl', 'PATCH', `/api/subject-access-requests/${r.json.id}`, { body: { op: 'extend', reason: 'Again' }, headers: { 'if-match': ext.headers.get('etag')! } });
    expect(twice.status).toBe(409);
    const stale = await t.call('dsl', 'PATCH', `/api/subject-access-requests/${r.json.id}`, { body: { op: 'close', outcome: 'Sent' }, headers: { 'if-match': r.headers.get('etag')! } });
    expect(stale.status).toBe(412);
    const got = await t.call('dsl', 'GET', `/api/subject-access-requests/${r.json.id}`);
    expect(got.json.history.map((h: { version: number }) => h.version)).toEqual([2]);
  });

  it('lists overdue requests for the DSL home, soonest first, with the child named only to the DSL', async () => {
    const r = await create('deputy', { receivedOn: '2026-09-15' });
    const list = await t.call('dsl', 'GET', '/api/subject-access-requests?status=overdue');
    expect(list.status).toBe(200);
    const item = list.json.items.find((x: { id: string }) => x.id === r.json.id);
    expect(item).toMatchObject({ childName: 'Chloe Price', deadline: { state: 'overdue' } });
    const dues = list.json.items.map((x: { dueAt: string }) => x.dueAt);
    expect(dues).toEqual([...dues].sort());
  });

  it('makes a retry with the same Idempotency-Key return the original, and refuses the key for a different request', async () => {
    const key = `sar-key-${Date.now()}`;
    const a = await create('dsl', {}, { 'idempotency-key': key });
    const b = await create('dsl', {}, { 'idempotency-key': key });
    expect([a.status, b.status]).toEqual([201, 200]);
    expect(b.json.id).toBe(a.json.id);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    const c = await create('dsl', { receivedOn: '2026-02-01' }, { 'idempotency-key': key });
    expect(c.status).toBe(422);
    expect(c.json.error.code).toBe('idempotency_key_reused');
  });

  it.each(['teacher', 'senco', 'admin'])('refuses %s (403) and audits the refusal', async (persona) => {
    const r = await create(persona);
    expect(r.status).toBe(403);
    const denied = await t.call('dsl', 'GET', '/api/audit-events?action=subjectAccess.create&outcome=denied');
    expect(denied.json.items.length).toBeGreaterThan(0);
    expect((await t.call(persona, 'GET', '/api/subject-access-requests')).status).toBe(403);
    const mine = await create('dsl');
    for (const path of [`/api/subject-access-requests/${mine.json.id}`, `/api/subject-access-requests/${mine.json.id}/export-preview`]) {
      expect((await t.call(persona, 'GET', path)).status).toBe(403);
    }
    const release = await t.call(persona, 'POST', `/api/subject-access-requests/${mine.json.id}/releases`, { body: { confirmReviewed: true }, headers: { 'if-match': mine.headers.get('etag')! } });
    expect(release.status).toBe(403);
    const refused = await t.call('dsl', 'GET', `/api/audit-events?recordId=${mine.json.id}&outcome=denied`);
    expect(refused.json.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['subjectAccess.read', 'subjectAccess.preview', 'subjectAccess.release']));
  });

  it("hides one school's requests from another school's DSL", async () => {
    const r = await create();
    for (const path of [`/api/subject-access-requests/${r.json.id}`, `/api/subject-access-requests/${r.json.id}/export-preview`, `/api/subject-access-requests/${r.json.id}/releases/1/pdf`]) {
      expect((await t.call('otherDsl', 'GET', path)).status).toBe(404);
    }
    const list = await t.call('otherDsl', 'GET', '/api/subject-access-requests');
    expect(list.json.items.map((x: { id: string }) => x.id)).not.toContain(r.json.id);
    const release = await t.call('otherDsl', 'POST', `/api/subject-access-requests/${r.json.id}/releases`, { body: { confirmReviewed: true }, headers: { 'if-match': r.headers.get('etag')! } });
    expect(release.status).toBe(404);
  });

  it('refuses bad input with a 4xx saying what to fix, storing nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ receivedOn: '2099-01-01' }, 'receivedOn'],
      [{ receivedOn: '31/01/2026' }, 'receivedOn'],
      [{ childId: 'no-such-child' }, 'childId'],
      [{ identity: { checked: true } }, 'identity.method'],
      [{ requester: { name: '', relationship: 'parent-carer' } }, 'requester.name'],
      [{ requester: { name: 'X', relationship: 'neighbour' } }, 'requester.relationship'],
      [{ extra: true }, '(body)'],
    ];
    for (const [overrides, path] of cases) {
      const r = await create('dsl', overrides);
      expect(r.status, JSON.stringify(overrides)).toBe(422);
      expect(r.json.error.problems.map((p: { path: string }) => p.path)).toContain(path);
    }
    const r = await create();
    const id = r.json.id;
    const etag = r.headers.get('etag')!;
    expect((await t.call('dsl', 'PATCH', `/api/subject-access-requests/${id}`, { body: { op: 'close', outcome: 'x' } })).status).toBe(428);
    expect((await t.call('dsl', 'PATCH', `/api/subject-access-requests/${id}`, { body: { op: 'reviewRedaction', redactionId: '<script>', redact: false, reason: 'x' }, headers: { 'if-match': etag } })).status).toBe(422);
    expect((await t.call('dsl', 'PATCH', `/api/subject-access-requests/${id}`, { body: { op: 'shred' }, headers: { 'if-match': etag } })).status).toBe(422);
    expect((await t.call('dsl', 'POST', `/api/subject-access-requests/${id}/releases`, { body: {}, headers: { 'if-match': etag } })).status).toBe(422);
    expect((await t.call('dsl', 'POST', `/api/subject-access-requests/${id}/releases`, { body: { confirmReviewed: true } })).status).toBe(428);
    expect((await t.call('dsl', 'GET', `/api/subject-access-requests/${id}/releases/1/docx`)).status).toBe(422);
    expect((await t.call('dsl', 'GET', `/api/subject-access-requests/${id}/releases/9/pdf`)).status).toBe(404);
    expect((await t.call('dsl', 'GET', '/api/subject-access-requests?status=late')).status).toBe(422);
    const after = await t.call('dsl', 'GET', `/api/subject-access-requests/${id}`);
    expect(after.json.version).toBe(1);
  });

  it('keeps script in free text as text', async () => {
    const r = await create('dsl', { requester: { name: '<img src=x onerror=alert(1)>', relationship: 'other' }, notes: '<script>alert(1)</script>' });
    expect(r.status).toBe(201);
    const got = await t.call('dsl', 'GET', `/api/subject-access-requests/${r.json.id}`);
    expect(got.json.notes).toBe('<script>alert(1)</script>');
    expect(got.headers.get('content-type')).toMatch(/application\/json/);
  });
});
