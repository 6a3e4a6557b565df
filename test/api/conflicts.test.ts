import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function newConcern() {
  const r = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody() });
  return { id: r.json.id as string, etag: r.headers.get('etag')! };
}

describe('editing a concern', () => {
  it('keeps the first of two edits made from the same version and refuses the second with 412', async () => {
    const { id, etag } = await newConcern();
    const first = await t.call('dsl', 'PATCH', `/api/concerns/${id}`, {
      body: { op: 'edit', changes: { location: 'Library' } },
      headers: { 'if-match': etag },
    });
    const second = await t.call('deputy', 'PATCH', `/api/concerns/${id}`, {
      body: { op: 'edit', changes: { location: 'Dining hall' } },
      headers: { 'if-match': etag },
    });
    expect(first.status).toBe(200);
    expect(second.status).toBe(412);
    expect(second.json.error.code).toBe('version_conflict');
    expect(second.json.error.message).toContain('Alex Morgan');
    const now = await t.call('dsl', 'GET', `/api/concerns/${id}`);
    expect(now.json.location).toBe('Library');
  });

  it('lets exactly one of two simultaneous edits win', async () => {
    const { id, etag } = await newConcern();
    const edits = await Promise.all(
      ['Hall', 'Field'].map((location) =>
        t.call('dsl', 'PATCH', `/api/concerns/${id}`, { body: { op: 'edit', changes: { location } }, headers: { 'if-match': etag } }),
      ),
    );
    expect(edits.map((e) => e.status).sort()).toEqual([200, 412]);
  });

  it('keeps every previous version: who, when, what changed', async () => {
    const { id, etag } = await newConcern();
    const edited = await t.call('teacher', 'PATCH', `/api/concerns/${id}`, {
      body: { op: 'edit', changes: { account: 'Corrected: she had not eaten since breakfast.' } },
      headers: { 'if-match': etag },
    });
    const triaged = await t.call('dsl', 'PATCH', `/api/concerns/${id}`, {
      body: { op: 'triage', decision: 'monitor', reasons: 'First concern; keep an eye.' },
      headers: { 'if-match': edited.headers.get('etag')! },
    });
    expect(triaged.status).toBe(200);
    const r = await t.call('dsl', 'GET', `/api/concerns/${id}`);
    expect(r.json.history).toHaveLength(2);
    const [v2, v3] = r.json.history;
    expect(v2.changedBy.name).toBe('Jo Bennett');
    expect(v2.changes).toContainEqual({ field: 'account', before: 'Said she had not eaten since yesterday lunchtime.', after: 'Corrected: she had not eaten since breakfast.' });
    expect(v3.changes.map((c: { field: string }) => c.field)).toEqual(expect.arrayContaining(['status', 'triage']));
  });

  it('requires If-Match', async () => {
    const { id } = await newConcern();
    const r = await t.call('dsl', 'PATCH', `/api/concerns/${id}`, { body: { op: 'edit', changes: { location: 'X' } } });
    expect(r.status).toBe(428);
  });

  it('walks new → triaged → closed and refuses closing before triage', async () => {
    const { id, etag } = await newConcern();
    const early = await t.call('dsl', 'PATCH', `/api/concerns/${id}`, {
      body: { op: 'close', outcome: 'Resolved', summary: 'Spoke to family.' }, headers: { 'if-match': etag },
    });
    expect(early.status).toBe(409);
    const triaged = await t.call('dsl', 'PATCH', `/api/concerns/${id}`, {
      body: { op: 'triage', decision: 'no-further-action', reasons: 'One-off.' }, headers: { 'if-match': etag },
    });
    const noSummary = await t.call('dsl', 'PATCH', `/api/concerns/${id}`, {
      body: { op: 'close', outcome: 'Resolved' }, headers: { 'if-match': triaged.headers.get('etag')! },
    });
    expect(noSummary.status).toBe(422);
    const closed = await t.call('dsl', 'PATCH', `/api/concerns/${id}`, {
      body: { op: 'close', outcome: 'Resolved', summary: 'Family supported; breakfast club place.' }, headers: { 'if-match': triaged.headers.get('etag')! },
    });
    expect(closed.status).toBe(200);
    expect(closed.json.status).toBe('closed');
  });

  it('refuses triage by a teacher and edits by another teacher', async () => {
    const { id, etag } = await newConcern();
    const triage = await t.call('teacher', 'PATCH', `/api/concerns/${id}`, {
      body: { op: 'triage', decision: 'monitor', reasons: 'x' }, headers: { 'if-match': etag },
    });
    expect(triage.status).toBe(403);
    const edit = await t.call('teacher2', 'PATCH', `/api/concerns/${id}`, {
      body: { op: 'edit', changes: { location: 'X' } }, headers: { 'if-match': etag },
    });
    expect(edit.status).toBe(404);
  });

  it('adds and completes actions', async () => {
    const { id, etag } = await newConcern();
    const dsl = { oid: '6a2e9f10-7c4b-4d3e-8f21-000000000001', name: 'Alex Morgan' };
    const added = await t.call('dsl', 'PATCH', `/api/concerns/${id}`, {
      body: { op: 'addAction', description: 'Phone parent', assignee: dsl, dueDate: '2026-12-01' }, headers: { 'if-match': etag },
    });
    expect(added.status).toBe(200);
    const actionId = added.json.actions[0].id;
    const done = await t.call('dsl', 'PATCH', `/api/concerns/${id}`, {
      body: { op: 'completeAction', actionId }, headers: { 'if-match': added.headers.get('etag')! },
    });
    expect(done.json.actions[0].done).toBe(true);
  });
});
