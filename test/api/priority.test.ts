import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const log = async (overrides: Record<string, unknown> = {}) => {
  const r = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody(overrides) });
  expect(r.status).toBe(201);
  return r.json.id as string;
};
async function change(persona: string, id: string, body: Record<string, unknown>) {
  const current = await t.call('dsl', 'GET', `/api/concerns/${id}`);
  return t.call(persona, 'PATCH', `/api/concerns/${id}`, { body, headers: { 'if-match': current.headers.get('etag')! } });
}
const prioritise = (id: string, level: string, reason = 'Because.') => change('dsl', id, { op: 'prioritise', priority: { level, reason } });

describe('priority at triage', () => {
  it('orders the triage queue by urgency, then red, amber, not yet prioritised, green, then age', async () => {
    const unset = await log();
    const green = await log();
    const red = await log();
    const amber = await log();
    const urgent = await log({ urgent: true });
    for (const [id, level] of [[green, 'green'], [red, 'red'], [amber, 'amber']] as const) expect((await prioritise(id, level)).status).toBe(200);
    const r = await t.call('dsl', 'GET', '/api/dashboard');
    const order = (r.json.triage.items as { id: string }[]).map((i) => i.id).filter((id) => [unset, green, red, amber, urgent].includes(id));
    expect(order).toEqual([urgent, red, amber, unset, green]);
    const redItem = r.json.triage.items.find((i: { id: string }) => i.id === red);
    expect(redItem.priority).toEqual({ level: 'red', reason: 'Because.' });
  });

  it('sets priority with the triage decision, kept with who and when, as a version and an audit event', async () => {
    const id = await log();
    const r = await change('dsl', id, { op: 'triage', decision: 'monitor', reasons: 'Watch.', priority: { level: 'amber', reason: 'Third late mark this week.' } });
    expect(r.status).toBe(200);
    expect(r.json.priority).toMatchObject({ level: 'amber', reason: 'Third late mark this week.', by: { name: 'Alex Morgan' } });
    const read = await t.call('dsl', 'GET', `/api/concerns/${id}`);
    expect(JSON.stringify(read.json.history)).toContain('priority');
    const again = await prioritise(id, 'red', 'Disclosure at lunch.');
    expect(again.status).toBe(200);
    const events = (await t.call('dsl', 'GET', `/api/audit-events?recordId=${id}&limit=50`)).json.items;
    expect(events).toContainEqual(expect.objectContaining({ action: 'concern.prioritise', outcome: 'success' }));
  });

  it('is for DSLs: the author cannot set it, and another member of staff is told nothing exists', async () => {
    const id = await log();
    expect((await change('teacher', id, { op: 'prioritise', priority: { level: 'red', reason: 'x' } })).status).toBe(403);
    expect((await change('teacher2', id, { op: 'prioritise', priority: { level: 'red', reason: 'x' } })).status).toBe(404);
    expect((await t.call('dsl', 'GET', `/api/concerns/${id}`)).json.priority).toBeUndefined();
  });

  it.each([
    ['an unknown level', { level: 'purple', reason: 'x' }, 'priority.level'],
    ['no reason', { level: 'red', reason: '  ' }, 'priority.reason'],
    ['a reason too long', { level: 'red', reason: 'x'.repeat(501) }, 'priority.reason'],
  ])('refuses %s with a 422 naming the field', async (_w, priority, path) => {
    const id = await log();
    const r = await change('dsl', id, { op: 'prioritise', priority });
    expect(r.status).toBe(422);
    expect(r.json.error.problems.map((p: { path: string }) => p.path)).toContain(path);
  });
});
