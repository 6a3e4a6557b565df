import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personaByKey } from '../../src/local/demo-identity.js';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const dsl = personaByKey('dsl')!;
const teacher2 = personaByKey('teacher2')!;
const outsider = personaByKey('outsider')!;
const create = (overrides: Record<string, unknown>) => t.call('teacher', 'POST', '/api/concerns', { body: concernBody(overrides) });
const read = async (id: string) => (await t.call('dsl', 'GET', `/api/concerns/${id}`)).json;

describe('clean input at the API', () => {
  it('a bidi override or zero-width space in a person involved is removed, so what is stored is what is shown', async () => {
    const r = await create({ otherPeople: [{ name: 'Mrs \u202EnosnhoJ\u202C\u200B', relationship: 'mother' }] });
    expect(r.status).toBe(201);
    expect((await read(r.json.id)).otherPeople[0].name).toBe('Mrs nosnhoJ');
  });

  it('a lone surrogate in the account is refused with 422 and nothing is stored', async () => {
    const before = (await t.call('dsl', 'GET', '/api/concerns')).json.items.length;
    const r = await create({ account: 'Said \uD800 something' });
    expect(r.status).toBe(422);
    expect(r.json.error.code).toBe('validation_failed');
    expect(r.json.error.problems[0].path).toBe('account');
    expect((await t.call('dsl', 'GET', '/api/concerns')).json.items.length).toBe(before);
  });

  it.each([
    ['year 0000', '0000-01-01T10:00:00Z'],
    ['before 1900', '1899-06-01T10:00:00Z'],
    ['before the child was born', '2005-01-01T10:00:00Z'],
    ['tomorrow', new Date(Date.now() + 86_400_000).toISOString()],
  ])('an occurredAt %s is refused with 422', async (_what, occurredAt) => {
    const r = await create({ occurredAt });
    expect(r.status).toBe(422);
    expect(r.json.error.problems[0].path).toBe('occurredAt');
  });

  it('a date edited to before the child was born is refused', async () => {
    const created = await create({});
    const r = await t.call('dsl', 'PATCH', `/api/concerns/${created.json.id}`, {
      body: { op: 'edit', changes: { occurredAt: '2001-03-01T09:00:00Z' } }, headers: { 'if-match': created.headers.get('etag')! },
    });
    expect(r.status).toBe(422);
    expect(r.json.error.problems[0].path).toBe('changes.occurredAt');
  });

  it('an alerted colleague is named by the directory, never by the client', async () => {
    const r = await create({ alertedStaff: [{ oid: teacher2.oid, name: 'Alex Morgan (DSL)' }] });
    expect(r.status).toBe(201);
    expect((await read(r.json.id)).alertedStaff).toEqual([{ oid: teacher2.oid, name: teacher2.name }]);
  });

  it('an alerted colleague may be sent by id alone', async () => {
    const r = await create({ alertedStaff: [{ oid: dsl.oid }] });
    expect(r.status).toBe(201);
    expect((await read(r.json.id)).alertedStaff).toEqual([{ oid: dsl.oid, name: dsl.name }]);
  });

  it('alerting someone who is not staff at the school is refused', async () => {
    const r = await create({ alertedStaff: [{ oid: outsider.oid, name: 'Friendly DSL' }] });
    expect(r.status).toBe(422);
    expect(r.json.error.problems[0].path).toBe('alertedStaff.0.oid');
  });

  it("an action's assignee gets the directory's name, never the one the client sent", async () => {
    const created = await create({});
    const forged = await t.call('dsl', 'PATCH', `/api/concerns/${created.json.id}`, {
      body: { op: 'addAction', description: 'Phone home', assignee: { oid: teacher2.oid, name: '[Head](https://evil.example)' }, dueDate: '2026-12-20' },
      headers: { 'if-match': created.headers.get('etag')! },
    });
    expect(forged.status).toBe(422);
    const mine = await t.call('dsl', 'PATCH', `/api/concerns/${created.json.id}`, {
      body: { op: 'addAction', description: 'Phone home', assignee: { oid: dsl.oid, name: '[Head](https://evil.example)' }, dueDate: '2026-12-20' },
      headers: { 'if-match': created.headers.get('etag')! },
    });
    expect(mine.status).toBe(200);
    expect(mine.json.actions[0].assignee.name).not.toContain('evil');
    const given = await t.call('dsl', 'POST', `/api/concerns/${created.json.id}/actions`, {
      body: { description: 'Check in each morning', assigneeOid: teacher2.oid, dueDate: '2026-12-20' },
      headers: { 'if-match': mine.headers.get('etag')! },
    });
    expect(given.status).toBe(201);
    expect(given.json.actions[1].assignee).toEqual({ oid: teacher2.oid, name: teacher2.name });
  });
});
