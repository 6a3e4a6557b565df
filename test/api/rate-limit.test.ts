import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botDriver, person } from '../bot/support/bot-driver.js';
import { startFakeConnector, type FakeConnector } from '../bot/support/fake-connector.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Each test calls from its own documentation address (RFC 5737), as App Service's front end would report it. */
const from = (address: string) => ({ 'x-forwarded-for': address });

const LIMITS = {
  RATE_LIMIT_WINDOW_SECONDS: '60',
  RATE_LIMIT_PER_USER: '3',
  RATE_LIMIT_PER_IP: '6',
  RATE_LIMIT_EXEMPT_LOOPBACK: 'false',
  TRUST_PROXY_HOPS: '1',
};

let t: TestApp;
let connector: FakeConnector;
beforeAll(async () => {
  [t, connector] = await Promise.all([startTestApp(LIMITS), startFakeConnector()]);
});
afterAll(async () => {
  await t.close();
  await connector.close();
});

const expectLimited = (r: { status: number; headers: Headers; json: any }) => {
  expect(r.status).toBe(429);
  expect(r.json.error.code).toBe('rate_limited');
  expect(r.json.error.correlationId).toBeTruthy();
  const wait = Number(r.headers.get('retry-after'));
  expect(Number.isInteger(wait) && wait >= 1 && wait <= 60).toBe(true);
};

/** Posts a raw activity to the bot and keeps the response headers. */
async function postActivity(body: unknown, headers: Record<string, string>) {
  const res = await fetch(`${t.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
}

describe('rate limits on the API', () => {
  it('refuses a user over the per-user limit with 429 and Retry-After, while a colleague at the same school carries on', async () => {
    for (let i = 0; i < 3; i++) expect((await t.call('teacher', 'GET', '/api/me', { headers: from('203.0.113.10') })).status).toBe(200);
    const over = await t.call('teacher', 'GET', '/api/me', { headers: from('203.0.113.10') });
    expectLimited(over);
    expect(over.json.error.message).toMatch(/wait \d+ seconds?/i);
    // Same school, same address: not starved by the teacher.
    expect((await t.call('teacher2', 'GET', '/api/me', { headers: from('203.0.113.10') })).status).toBe(200);
    // The limit follows the user, not the address.
    expectLimited(await t.call('teacher', 'GET', '/api/concerns', { headers: from('203.0.113.11') }));
  });

  it('stores nothing for a write refused by the limit', async () => {
    const before = (await t.call('dsl', 'GET', '/api/concerns', { headers: from('203.0.113.20') })).json.items.length;
    for (let i = 0; i < 2; i++) await t.call('dsl', 'GET', '/api/me', { headers: from('203.0.113.20') });
    const refused = await t.call('dsl', 'POST', '/api/concerns', {
      headers: { ...from('203.0.113.20'), 'idempotency-key': randomUUID() },
      body: { children: [{ childId: 'child-001', role: 'subject' }], categories: ['welfare'], account: 'Limited write.', occurredAt: new Date().toISOString(), parentsInformed: { informed: true } },
    });
    expectLimited(refused);
    const after = await t.call('deputy', 'GET', '/api/concerns', { headers: from('203.0.113.21') });
    expect(after.json.items.length).toBe(before);
  });

  it('refuses one address over the per-address limit before authentication; other addresses and health probes are unaffected', async () => {
    for (let i = 0; i < 6; i++) expect((await t.call(null, 'GET', '/api/me', { headers: from('203.0.113.30') })).status).toBe(401);
    expectLimited(await t.call(null, 'GET', '/api/me', { headers: from('203.0.113.30') }));
    // A valid token does not get round the address limit either.
    expectLimited(await t.call('deputy', 'GET', '/api/me', { headers: from('203.0.113.30') }));
    // A client cannot pick its own address: the front end appends the real one last.
    expectLimited(await t.call(null, 'GET', '/api/me', { headers: from('198.51.100.7, 203.0.113.30') }));
    expect((await t.call(null, 'GET', '/api/me', { headers: from('203.0.113.31') })).status).toBe(401);
    expect((await t.call(null, 'GET', '/healthz', { headers: from('203.0.113.30') })).status).toBe(200);
  });
});

describe('rate limits on the bot endpoint', () => {
  const bot = () => botDriver(t.url, connector);
  const ping = (who: string) => bot().activity(person(who), 'event', { name: 'lantern.ping' });

  it('refuses one address over the per-address limit, before the body is even read', async () => {
    for (let i = 0; i < 6; i++) expect((await postActivity({}, from('203.0.113.40'))).status).toBe(400);
    expectLimited(await postActivity(ping('teacher2'), from('203.0.113.40')));
    expect((await postActivity({}, from('203.0.113.41'))).status).toBe(400);
  });

  it('refuses a sender over the per-user limit after the activity is accepted, while a colleague carries on', async () => {
    for (let i = 0; i < 3; i++) expect((await postActivity(ping('senco'), from('203.0.113.50'))).status).toBe(200);
    const over = await postActivity(ping('senco'), from('203.0.113.50'));
    expectLimited(over);
    expect((await postActivity(ping('admin'), from('203.0.113.50'))).status).toBe(200);
    expect(connector.sent).toHaveLength(0);
  });

  it('counts one person once across both doors', async () => {
    // Use up the admin's allowance through the API (however much earlier tests left)...
    let status = 200;
    for (let i = 0; i < 5 && status === 200; i++) status = (await t.call('admin', 'GET', '/api/me', { headers: from('203.0.113.60') })).status;
    expect(status).toBe(429);
    // ...and the bot refuses them too.
    expectLimited(await postActivity(ping('admin'), from('203.0.113.61')));
  });
});

describe('rate limit windows', () => {
  let short: TestApp;
  beforeAll(async () => {
    short = await startTestApp({ ...LIMITS, RATE_LIMIT_WINDOW_SECONDS: '1', RATE_LIMIT_PER_USER: '1' });
  });
  afterAll(() => short.close());

  it('lets a limited user back in once the Retry-After has passed', async () => {
    let limited: Awaited<ReturnType<TestApp['call']>> | undefined;
    for (let i = 0; i < 20 && !limited; i++) {
      const r = await short.call('teacher', 'GET', '/api/me', { headers: from('203.0.113.70') });
      if (r.status === 429) limited = r;
      else expect(r.status).toBe(200);
    }
    expect(limited).toBeDefined();
    const wait = Number(limited!.headers.get('retry-after'));
    expect(wait).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 50));
    expect((await short.call('teacher', 'GET', '/api/me', { headers: from('203.0.113.71') })).status).toBe(200);
  });
});

describe('loopback callers', () => {
  let local: TestApp;
  beforeAll(async () => {
    local = await startTestApp({ RATE_LIMIT_PER_USER: '1', RATE_LIMIT_PER_IP: '1' });
  });
  afterAll(() => local.close());

  it('are not limited by default (local mode, the benchmark, load tests on the host)', async () => {
    for (let i = 0; i < 5; i++) expect((await local.call('teacher', 'GET', '/api/me')).status).toBe(200);
  });
});
