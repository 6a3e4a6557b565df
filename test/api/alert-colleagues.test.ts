import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personaByKey } from '../../src/local/demo-identity.js';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const oid = (k: string) => personaByKey(k)!.oid;

describe('alerting colleagues from the tab', () => {
  it('lets a member of staff find colleagues by name in the directory, leaving themself out', async () => {
    const r = await t.call('teacher', 'GET', '/api/colleagues?search=chris');
    expect(r.status).toBe(200);
    expect(r.json.items).toEqual([{ oid: oid('teacher2'), name: 'Chris Evans' }]);
    const all = await t.call('teacher', 'GET', '/api/colleagues');
    expect(all.json.items.map((p: { oid: string }) => p.oid)).not.toContain(oid('teacher'));
  });

  it('refuses someone who cannot log concerns, and a malformed search', async () => {
    expect((await t.call('outsider', 'GET', '/api/colleagues?search=a')).status).toBe(403);
    expect((await t.call('teacher', 'GET', `/api/colleagues?search=${'x'.repeat(101)}`)).status).toBe(422);
  });

  it("names the alerted colleague from the directory, never from the client; they may read it and others still may not", async () => {
    const r = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ alertedStaff: [{ oid: oid('teacher2'), name: 'Evil <b>Name</b>' }] }) });
    expect(r.status).toBe(201);
    expect(r.json.alertedStaff).toEqual([{ oid: oid('teacher2'), name: 'Chris Evans' }]);
    expect((await t.call('teacher2', 'GET', `/api/concerns/${r.json.id}`)).status).toBe(200);
    expect((await t.call('senco', 'GET', `/api/concerns/${r.json.id}`)).status).toBe(404);
  });

  it('refuses an id that is not in the directory with a 422, storing nothing', async () => {
    const r = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ account: 'Forged alert.', alertedStaff: [{ oid: '00000000-0000-4000-8000-00000000dead' }] }) });
    expect(r.status).toBe(422);
    expect(r.json.error.problems[0].path).toMatch(/^alertedStaff/);
  });
});
