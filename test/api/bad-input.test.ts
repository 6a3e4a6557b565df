import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concernBody, OTHER_CHILD, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const count = async () => (await t.call('dsl', 'GET', '/api/concerns?limit=100')).json.items.length as number;

async function expectRefused(init: Parameters<TestApp['call']>[3], status: number, code: string, mentions?: string) {
  const before = await count();
  const r = await t.call('teacher', 'POST', '/api/concerns', init);
  expect(r.status).toBe(status);
  expect(r.json.error.code).toBe(code);
  expect(r.json.error.message.length).toBeGreaterThan(10);
  if (mentions) expect(JSON.stringify(r.json.error)).toContain(mentions);
  expect(await count()).toBe(before);
  return r;
}

describe('bad input to createConcern is refused clearly and nothing is stored', () => {
  it('malformed JSON → 400', () => expectRefused({ rawBody: '{"children": [', headers: { 'content-type': 'application/json' } }, 400, 'malformed_json'));
  it('oversized body → 413', () => expectRefused({ body: concernBody({ account: 'x'.repeat(300 * 1024) }) }, 413, 'payload_too_large'));
  it('not JSON → 415', () => expectRefused({ rawBody: 'account=hi', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415, 'unsupported_media_type'));
  it('unknown category → 422', () => expectRefused({ body: concernBody({ categories: ['gossip'] }) }, 422, 'validation_failed', 'categories.0'));
  it('unknown child → 422', () => expectRefused({ body: concernBody({ children: [{ childId: 'child-999', role: 'subject' }] }) }, 422, 'validation_failed', 'children.0.childId'));
  it("another school's child → 422", () =>
    expectRefused({ body: concernBody({ children: [{ childId: OTHER_CHILD.id, role: 'subject' }] }) }, 422, 'validation_failed', 'children.0.childId'));
  it('future occurredAt → 422', () =>
    expectRefused({ body: concernBody({ occurredAt: new Date(Date.now() + 3_600_000).toISOString() }) }, 422, 'validation_failed', 'occurredAt'));
  it('a role that does not exist → 422', () =>
    expectRefused({ body: concernBody({ children: [{ childId: 'child-001', role: 'bystander' }] }) }, 422, 'validation_failed', 'children.0.role'));
  it('parents not informed without a reason → 422', () =>
    expectRefused({ body: concernBody({ parentsInformed: { informed: false } }) }, 422, 'validation_failed', 'parentsInformed.reason'));
  it('empty account → 422', () => expectRefused({ body: concernBody({ account: '   ' }) }, 422, 'validation_failed', 'account'));
  it('a body that is an array → 422', () => expectRefused({ body: [concernBody()] }, 422, 'validation_failed'));

  for (const field of ['id', 'schoolId', 'createdBy', 'status', '_etag', 'ttl', 'recordedAt', 'version', 'auditHead']) {
    it(`mass-assigned ${field} → 422 naming the field`, () =>
      expectRefused({ body: { ...concernBody(), [field]: field === 'createdBy' ? { oid: 'x', name: 'y' } : 'forged' } }, 422, 'validation_failed', field));
  }

  it('keeps script in free text as inert text, returned exactly as typed', async () => {
    const account = '<script>alert(1)</script> said "<img src=x onerror=alert(2)>"';
    const r = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ account }) });
    expect(r.status).toBe(201);
    expect(r.headers.get('content-type')).toContain('application/json');
    expect(r.json.account).toBe(account);
  });

  it('refuses control characters in free text', async () => {
    await expectRefused({ body: concernBody({ location: 'Hall\u0000' }) }, 422, 'validation_failed', 'location');
  });

  it('refuses bad query parameters with 422, not 500', async () => {
    for (const q of ['limit=abc', 'limit=100000', 'status=deleted', 'from=yesterday', 'unknown=1', 'cursor=' + 'A'.repeat(5000)]) {
      const r = await t.call('dsl', 'GET', `/api/concerns?${q}`);
      expect(r.status, q).toBe(422);
    }
  });

  it('answers a forged cursor without a 500', async () => {
    const r = await t.call('dsl', 'GET', '/api/concerns?cursor=bm90LWEtY29udGludWF0aW9u');
    expect(r.status).toBeLessThan(500);
  });

  it('refuses malformed update bodies', async () => {
    const created = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody() });
    const etag = created.headers.get('etag')!;
    for (const body of [{ op: 'delete' }, { op: 'edit', changes: {} }, { op: 'edit', changes: { status: 'closed' } }, { op: 'triage', decision: 'ignore', reasons: 'x' }]) {
      const r = await t.call('dsl', 'PATCH', `/api/concerns/${created.json.id}`, { body, headers: { 'if-match': etag } });
      expect(r.status, JSON.stringify(body)).toBe(422);
    }
  });
});
