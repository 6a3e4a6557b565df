import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Inputs the fuzz suite (test/reliability/fuzz) found answered with 500; each must be a clear 4xx. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ ALERT_SWEEP_SECONDS: '0' });
});
afterAll(() => t.close());

describe('ids in the path that cannot be record ids', () => {
  it.each([
    ['an empty id', '/api/concerns/'],
    ['an id with an encoded slash', '/api/referrals/a%2Fb'],
    ['an id with an encoded hash', '/api/concerns/a%23b'],
    ['an id with a backslash', '/api/concerns/a%5Cb'],
    ['an over-long id', `/api/children/${'c'.repeat(65)}/chronology`],
  ])('%s is 404 not_found, not a fault', async (_, path) => {
    const r = await t.call('dsl', 'GET', path);
    expect(r.status).toBe(404);
    expect(r.json.error.code).toBe('not_found');
  });

  it('still finds a real record', async () => {
    const first = (await t.call('dsl', 'GET', '/api/concerns')).json.items[0];
    expect((await t.call('dsl', 'GET', `/api/concerns/${first.id}`)).status).toBe(200);
  });
});

describe('page cursors that were never issued', () => {
  it.each([
    ['decodes to bytes that are not text', '/api/concerns?cursor=abc'],
    ['is long binary junk', `/api/referrals?cursor=${'x'.repeat(3000)}`],
    ['is junk on the audit trail', `/api/audit-events?cursor=${'x'.repeat(300)}`],
    ['has a control character inside', `/api/concerns?cursor=${Buffer.from('{"token":"\u0001"}').toString('base64url')}`],
  ])('one that %s is 422 asking to start again', async (_, path) => {
    const r = await t.call('dsl', 'GET', path);
    expect(r.status).toBe(422);
    expect(r.json.error.message).toMatch(/page cursor is not valid/);
  });
});
