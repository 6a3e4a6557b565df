import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localPeopleDirectory } from '../../src/local/local-people.js';
import { personaByKey } from '../../src/local/demo-identity.js';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({}, { people: localPeopleDirectory() });
});
afterAll(() => t.close());

const oid = (key: string) => personaByKey(key)!.oid;
const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function concernWithAction(assignee = 'teacher2', description = 'Check in with the child each morning') {
  const c = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody() });
  const r = await t.call('dsl', 'POST', `/api/concerns/${c.json.id}/actions`, {
    body: { description, assigneeOid: oid(assignee), dueDate: future(7) }, headers: { 'if-match': c.headers.get('etag')! },
  });
  expect(r.status).toBe(201);
  const action = r.json.actions.at(-1);
  return { id: c.json.id as string, actionId: action.id as string, etag: r.headers.get('etag')!, action };
}

describe('actions for colleagues', () => {
  it('lets the assignee read the concern, see it in My actions and mark it done with a note', async () => {
    const { id, actionId, action } = await concernWithAction();
    expect(action.assignee).toEqual({ oid: oid('teacher2'), name: 'Chris Evans' });
    expect((await t.call('teacher2', 'GET', `/api/concerns/${id}`)).status).toBe(200);
    const mine = await t.call('teacher2', 'GET', '/api/me/actions');
    expect(mine.json.items.map((i: { action: { id: string } }) => i.action.id)).toContain(actionId);
    expect(JSON.stringify(mine.json)).not.toMatch(/Amara|Okafor|child-001/);
    const listed = await t.call('teacher2', 'GET', '/api/concerns');
    expect(listed.json.items.map((c: { id: string }) => c.id)).toContain(id);

    const done = await t.call('teacher2', 'POST', `/api/concerns/${id}/actions/${actionId}/done`, { body: { note: 'Checked in daily; settled.' } });
    expect(done.status).toBe(200);
    const marked = done.json.actions.find((a: { id: string }) => a.id === actionId);
    expect(marked).toMatchObject({ done: true, doneNote: 'Checked in daily; settled.', doneBy: { name: 'Chris Evans' } });
    const again = await t.call('teacher2', 'POST', `/api/concerns/${id}/actions/${actionId}/done`, { body: { note: 'twice' } });
    expect(again.status).toBe(200);
    expect(again.json.actions.find((a: { id: string }) => a.id === actionId).doneNote).toBe('Checked in daily; settled.');
    const history = (await t.call('dsl', 'GET', `/api/concerns/${id}`)).json.history;
    expect(history.filter((h: { changes: { field: string }[] }) => h.changes.some((c) => c.field === 'actions'))).toHaveLength(2);
  });

  it('withdrawing the assignment withdraws the access (404), audited', async () => {
    const { id, actionId, etag } = await concernWithAction();
    const w = await t.call('dsl', 'POST', `/api/concerns/${id}/actions/${actionId}/assignment`, { body: { op: 'withdraw' }, headers: { 'if-match': etag } });
    expect(w.status).toBe(200);
    expect(w.json.actions[0].withdrawnAt).toBeTruthy();
    expect(w.json.actions[0].history.map((h: { kind: string }) => h.kind)).toEqual(['set', 'withdrawn']);
    expect((await t.call('teacher2', 'GET', `/api/concerns/${id}`)).status).toBe(404);
    expect((await t.call('teacher2', 'POST', `/api/concerns/${id}/actions/${actionId}/done`, { body: {} })).status).toBe(404);
    expect((await t.call('teacher2', 'GET', '/api/me/actions')).json.items.map((i: { concernId: string }) => i.concernId)).not.toContain(id);
    const audit = await t.call('dsl', 'GET', `/api/audit-events?recordId=${id}`);
    expect(JSON.stringify(audit.json)).toContain('concern.withdrawAction');
  });

  it('reassigning moves the access from the old assignee to the new one', async () => {
    const { id, actionId, etag } = await concernWithAction('teacher2');
    const r = await t.call('dsl', 'POST', `/api/concerns/${id}/actions/${actionId}/assignment`, {
      body: { op: 'reassign', assigneeOid: oid('senco') }, headers: { 'if-match': etag },
    });
    expect(r.status).toBe(200);
    expect(r.json.actions[0].assignee.name).toBe('Priya Shah');
    expect(r.json.actions[0].history.map((h: { kind: string }) => h.kind)).toEqual(['set', 'reassigned']);
    expect((await t.call('teacher2', 'GET', `/api/concerns/${id}`)).status).toBe(404);
    expect((await t.call('senco', 'GET', `/api/concerns/${id}`)).status).toBe(200);
  });
});

describe('actions: refusals', () => {
  it("teacher2 cannot mark someone else's action done", async () => {
    const { id, actionId } = await concernWithAction('teacher');
    const other = await concernWithAction('teacher2');
    // teacher2 can read `other` but the action on `id` is not theirs and the concern is not readable: 404.
    expect((await t.call('teacher2', 'POST', `/api/concerns/${id}/actions/${actionId}/done`, { body: {} })).status).toBe(404);
    // On a concern teacher2 can read, a DSL's action stays the DSL's: 403.
    const dslAction = await t.call('dsl', 'POST', `/api/concerns/${other.id}/actions`, {
      body: { description: 'Call social worker', assigneeOid: oid('dsl'), dueDate: future(3) }, headers: { 'if-match': other.etag },
    });
    const theirs = dslAction.json.actions.at(-1).id;
    const refused = await t.call('teacher2', 'POST', `/api/concerns/${other.id}/actions/${theirs}/done`, { body: {} });
    expect(refused.status).toBe(403);
    expect((await t.call('dsl', 'GET', `/api/concerns/${other.id}`)).json.actions.find((a: { id: string }) => a.id === theirs).done).toBe(false);
  });

  it('teacher2 cannot assign, reassign or withdraw actions', async () => {
    const { id, actionId } = await concernWithAction('teacher2');
    const etag = (await t.call('teacher2', 'GET', `/api/concerns/${id}`)).headers.get('etag')!;
    const assign = await t.call('teacher2', 'POST', `/api/concerns/${id}/actions`, {
      body: { description: 'x', assigneeOid: oid('teacher'), dueDate: future(2) }, headers: { 'if-match': etag },
    });
    expect(assign.status).toBe(403);
    const withdraw = await t.call('teacher2', 'POST', `/api/concerns/${id}/actions/${actionId}/assignment`, { body: { op: 'withdraw' }, headers: { 'if-match': etag } });
    expect(withdraw.status).toBe(403);
    expect((await t.call('outsider', 'GET', '/api/me/actions')).status).toBe(403);
    expect((await t.call('teacher2', 'GET', '/api/staff?search=a')).status).toBe(403);
  });

  it('refuses a forged assignee id not in the directory (422), and a name sent by the client', async () => {
    const c = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody() });
    const etag = c.headers.get('etag')!;
    const forged = await t.call('dsl', 'POST', `/api/concerns/${c.json.id}/actions`, {
      body: { description: 'x', assigneeOid: '00000000-0000-4000-8000-000000000bad', dueDate: future(2) }, headers: { 'if-match': etag },
    });
    expect(forged.status).toBe(422);
    expect(forged.json.error.problems[0].path).toBe('assigneeOid');
    const outsider = await t.call('dsl', 'POST', `/api/concerns/${c.json.id}/actions`, {
      body: { description: 'x', assigneeOid: oid('outsider'), dueDate: future(2) }, headers: { 'if-match': etag },
    });
    expect(outsider.status).toBe(422);
    const named = await t.call('dsl', 'POST', `/api/concerns/${c.json.id}/actions`, {
      body: { description: 'x', assigneeOid: oid('teacher2'), assignee: { name: 'Mallory' }, dueDate: future(2) }, headers: { 'if-match': etag },
    });
    expect(named.status).toBe(422);
    const viaPatch = await t.call('dsl', 'PATCH', `/api/concerns/${c.json.id}`, {
      body: { op: 'addAction', description: 'x', assignee: { oid: oid('teacher2'), name: 'Mallory' }, dueDate: future(2) }, headers: { 'if-match': etag },
    });
    expect(viaPatch.status).toBe(422);
    expect((await t.call('dsl', 'GET', `/api/concerns/${c.json.id}`)).json.actions).toHaveLength(0);
    const script = await t.call('dsl', 'POST', `/api/concerns/${c.json.id}/actions`, {
      body: { description: '<script>alert(1)</script>', assigneeOid: oid('teacher2'), dueDate: future(2) }, headers: { 'if-match': etag },
    });
    expect(script.status).toBe(201);
    expect(script.json.actions[0].description).toBe('<script>alert(1)</script>');
  });

  it('refuses oversized and malformed bodies with 422 and stores nothing', async () => {
    const { id, actionId, etag } = await concernWithAction('teacher2');
    const long = await t.call('dsl', 'POST', `/api/concerns/${id}/actions`, {
      body: { description: 'x'.repeat(501), assigneeOid: oid('teacher2'), dueDate: future(2) }, headers: { 'if-match': etag },
    });
    expect(long.status).toBe(422);
    expect((await t.call('teacher2', 'POST', `/api/concerns/${id}/actions/${actionId}/done`, { body: { note: 'x'.repeat(5001) } })).status).toBe(422);
    expect((await t.call('teacher2', 'POST', `/api/concerns/${id}/actions/${actionId}/done`, { body: { note: 'ok', done: true } })).status).toBe(422);
    expect((await t.call('dsl', 'POST', `/api/concerns/${id}/actions/${actionId}/assignment`, { body: { op: 'delete' }, headers: { 'if-match': etag } })).status).toBe(422);
    expect((await t.call('dsl', 'POST', `/api/concerns/${id}/actions`, { rawBody: '{"description":', headers: { 'if-match': etag } })).status).toBe(400);
    const stored = (await t.call('dsl', 'GET', `/api/concerns/${id}`)).json;
    expect(stored.actions).toHaveLength(1);
    expect(stored.actions[0].done).toBe(false);
  });

  it('another school\'s DSL cannot touch the action (404)', async () => {
    const { id, actionId } = await concernWithAction('teacher2');
    expect((await t.call('otherDsl', 'POST', `/api/concerns/${id}/actions/${actionId}/done`, { body: {} })).status).toBe(404);
  });

  it('lets a DSL find staff by name in the directory', async () => {
    const r = await t.call('dsl', 'GET', '/api/staff?search=chris');
    expect(r.status).toBe(200);
    expect(r.json.items).toEqual([{ oid: oid('teacher2'), name: 'Chris Evans' }]);
    expect(JSON.stringify((await t.call('dsl', 'GET', '/api/staff')).json)).not.toContain('Dana Fox');
  });
});

describe('closing a concern with open actions', () => {
  it('lists the open actions and asks to confirm (409), then closes when confirmed', async () => {
    const { id, etag } = await concernWithAction('teacher2', 'Phone home about attendance');
    const triaged = await t.call('dsl', 'PATCH', `/api/concerns/${id}`, { body: { op: 'triage', decision: 'monitor', reasons: 'Keep watch.' }, headers: { 'if-match': etag } });
    const tag = triaged.headers.get('etag')!;
    const close = { op: 'close', outcome: 'Resolved', summary: 'Family engaged.' };
    const refused = await t.call('dsl', 'PATCH', `/api/concerns/${id}`, { body: close, headers: { 'if-match': tag } });
    expect(refused.status).toBe(409);
    expect(refused.json.error.message).toContain('1 open action');
    expect(refused.json.error.message).toContain('Phone home about attendance — Chris Evans');
    expect((await t.call('dsl', 'GET', `/api/concerns/${id}`)).json.status).toBe('triaged');
    const closed = await t.call('dsl', 'PATCH', `/api/concerns/${id}`, { body: { ...close, confirmOpenActions: true }, headers: { 'if-match': tag } });
    expect(closed.status).toBe(200);
    expect(closed.json.status).toBe('closed');
  });
});
