import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let concernId: string;

beforeAll(async () => {
  t = await startTestApp();
  concernId = (await t.call('teacher', 'POST', '/api/concerns', { body: concernBody() })).json.id;
});
afterAll(() => t.close());

const noteBody = (overrides: Record<string, unknown> = {}) => ({
  childId: 'child-001',
  kind: 'call',
  method: 'phone',
  occurredAt: new Date(Date.now() - 600_000).toISOString(),
  with: [{ name: 'Mrs Ahmed', relationship: 'parent-carer' }],
  summary: 'Mum says he has been sleeping badly since the move.',
  ...overrides,
});

describe('case notes', () => {
  it('a DSL records a note on a child; it is listed and audited as a chained record', async () => {
    const r = await t.call('dsl', 'POST', '/api/case-notes', { body: noteBody() });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ kind: 'call', method: 'phone', createdBy: { name: 'Alex Morgan' }, version: 1 });
    expect(r.json.auditHead).toBeUndefined();
    const list = await t.call('dsl', 'GET', '/api/case-notes?childId=child-001');
    expect(list.json.items.map((n: { id: string }) => n.id)).toContain(r.json.id);
    const events = await t.call('dsl', 'GET', `/api/audit-events?recordId=${r.json.id}`);
    expect(events.json.items.map((e: { action: string }) => e.action)).toContain('caseNote.create');
  });

  it('a follow-up date on a concern note becomes an action on that concern', async () => {
    const r = await t.call('dsl', 'POST', '/api/case-notes', { body: noteBody({ concernId, followUpDate: '2030-01-15' }) });
    expect(r.status).toBe(201);
    const concern = await t.call('dsl', 'GET', `/api/concerns/${concernId}`);
    const action = concern.json.actions.find((a: { id: string }) => a.id === r.json.followUp.actionId);
    expect(action).toMatchObject({ dueDate: '2030-01-15', assignee: { name: 'Alex Morgan' }, done: false });
  });

  it('a retry with the same Idempotency-Key returns the original, and adds one action', async () => {
    const key = randomUUID();
    const body = noteBody({ concernId, followUpDate: '2030-02-01' });
    const a = await t.call('dsl', 'POST', '/api/case-notes', { body, headers: { 'idempotency-key': key } });
    const b = await t.call('dsl', 'POST', '/api/case-notes', { body, headers: { 'idempotency-key': key } });
    expect([a.status, b.status]).toEqual([201, 200]);
    expect(b.json.id).toBe(a.json.id);
    const concern = await t.call('dsl', 'GET', `/api/concerns/${concernId}`);
    expect(concern.json.actions.filter((x: { dueDate: string }) => x.dueDate === '2030-02-01')).toHaveLength(1);
    const other = await t.call('dsl', 'POST', '/api/case-notes', { body: noteBody({ summary: 'different' }), headers: { 'idempotency-key': key } });
    expect(other.status).toBe(422);
  });

  it('the member of staff who logged a concern adds a follow-up note and sees only their own notes', async () => {
    const dslNote = await t.call('dsl', 'POST', '/api/case-notes', { body: noteBody({ concernId, summary: 'Strategy call with MASH.' }) });
    const mine = await t.call('teacher', 'POST', '/api/case-notes', { body: noteBody({ concernId, kind: 'conversation', method: 'in-person', with: [{ name: 'Sam', relationship: 'child' }], summary: 'He seemed happier today.' }) });
    expect(mine.status).toBe(201);
    const list = await t.call('teacher', 'GET', `/api/case-notes?concernId=${concernId}`);
    const ids = list.json.items.map((n: { id: string }) => n.id);
    expect(ids).toContain(mine.json.id);
    expect(ids).not.toContain(dslNote.json.id);
    const edited = await t.call('teacher', 'PATCH', `/api/case-notes/${mine.json.id}`, {
      body: { op: 'edit', changes: { summary: 'He seemed happier today, and ate lunch.' } }, headers: { 'if-match': mine.headers.get('etag')! },
    });
    expect(edited.status).toBe(200);
    expect(edited.json.version).toBe(2);
    const stale = await t.call('teacher', 'PATCH', `/api/case-notes/${mine.json.id}`, {
      body: { op: 'edit', changes: { summary: 'x' } }, headers: { 'if-match': mine.headers.get('etag')! },
    });
    expect(stale.status).toBe(412);
    expect((await t.call('teacher', 'PATCH', `/api/case-notes/${dslNote.json.id}`, { body: { op: 'edit', changes: { summary: 'x' } }, headers: { 'if-match': dslNote.headers.get('etag')! } })).status).toBe(404);
  });

  it('refuses a follow-up date from someone who cannot set actions, and child-only notes from staff', async () => {
    expect((await t.call('teacher', 'POST', '/api/case-notes', { body: noteBody({ concernId, followUpDate: '2030-01-15' }) })).status).toBe(403);
    expect((await t.call('teacher', 'POST', '/api/case-notes', { body: noteBody() })).status).toBe(403);
  });

  it('a child-only follow-up is completed on the note', async () => {
    const r = await t.call('dsl', 'POST', '/api/case-notes', { body: noteBody({ followUpDate: '2030-03-01' }) });
    const done = await t.call('dsl', 'PATCH', `/api/case-notes/${r.json.id}`, { body: { op: 'completeFollowUp' }, headers: { 'if-match': r.headers.get('etag')! } });
    expect(done.status).toBe(200);
    expect(done.json.followUp).toMatchObject({ dueDate: '2030-03-01', done: true });
  });
});

describe('case notes: security', () => {
  it('teacher2 can neither read nor add notes on a concern they did not log', async () => {
    expect((await t.call('teacher2', 'POST', '/api/case-notes', { body: noteBody({ concernId }) })).status).toBe(404);
    expect((await t.call('teacher2', 'GET', `/api/case-notes?concernId=${concernId}`)).status).toBe(404);
    const onChild = await t.call('teacher2', 'GET', '/api/case-notes?childId=child-001');
    expect(onChild.status).toBe(200);
    expect(onChild.json.items).toEqual([]);
    expect((await t.call('outsider', 'GET', '/api/case-notes?childId=child-001')).status).toBe(403);
    expect((await t.call('admin', 'GET', '/api/case-notes?childId=child-001')).status).toBe(403);
  });

  it("another school's ids answer 404", async () => {
    const mine = await t.call('dsl', 'POST', '/api/case-notes', { body: noteBody() });
    expect((await t.call('otherDsl', 'POST', '/api/case-notes', { body: noteBody() })).status).toBe(404);
    expect((await t.call('otherDsl', 'GET', `/api/case-notes?concernId=${concernId}`)).status).toBe(404);
    expect((await t.call('otherDsl', 'PATCH', `/api/case-notes/${mine.json.id}`, { body: { op: 'edit', changes: { summary: 'x' } }, headers: { 'if-match': mine.headers.get('etag')! } })).status).toBe(404);
    expect((await t.call('dsl', 'POST', '/api/case-notes', { body: noteBody({ childId: 'other-child-1' }) })).status).toBe(404);
  });

  it('stores script in a summary as text', async () => {
    const summary = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const r = await t.call('dsl', 'POST', '/api/case-notes', { body: noteBody({ summary }) });
    expect(r.status).toBe(201);
    const list = await t.call('dsl', 'GET', '/api/case-notes?childId=child-001');
    expect(list.json.items.find((n: { id: string }) => n.id === r.json.id).summary).toBe(summary);
  });

  it('refuses oversized and malformed bodies with a 4xx and stores nothing', async () => {
    const before = (await t.call('dsl', 'GET', '/api/case-notes?childId=child-002')).json.items.length;
    const cases = [
      { body: noteBody({ childId: 'child-002', summary: 'x'.repeat(5_001) }) },
      { body: noteBody({ childId: 'child-002', kind: 'gossip' }) },
      { body: noteBody({ childId: 'child-002', with: [{ name: 'A', relationship: 'neighbour' }] }) },
      { body: noteBody({ childId: 'child-002', occurredAt: '2099-01-01T00:00:00Z' }) },
      { body: noteBody({ childId: 'child-002', extra: true }) },
      { body: noteBody({ childId: 'child-002', followUpDate: '15/01/2030' }) },
      { rawBody: '{"childId": "child-002",' },
      { body: [1, 2, 3] },
      { rawBody: JSON.stringify(noteBody({ childId: 'child-002', summary: 'y'.repeat(2_000_000) })) },
    ];
    for (const init of cases) {
      const r = await t.call('dsl', 'POST', '/api/case-notes', init);
      expect(r.status, JSON.stringify(init).slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
    }
    expect((await t.call('dsl', 'GET', '/api/case-notes?childId=child-002')).json.items.length).toBe(before);
    expect((await t.call('dsl', 'GET', '/api/case-notes')).status).toBe(422);
  });
});
