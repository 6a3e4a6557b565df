import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from '../../src/alerts/sweep.js';
import { botRuntime } from '../../src/bot/mount-bot.js';
import { demoChildren } from '../../src/local/demo-school.js';
import { startAccessApp, type AccessApp } from '../access/access-app.js';
import { loadDemoDirectory } from '../access/directory-fixture.js';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-stand-in.js';
import { concernBody } from '../support/test-app.js';
import { botDriver, person } from './support/bot-driver.js';
import { startFakeConnector } from './support/fake-connector.js';
import { STAFF_TEAM } from './support/harness.js';

let g: GraphStandIn;
let a: AccessApp;
let connector: Awaited<ReturnType<typeof startFakeConnector>>;
beforeAll(async () => {
  g = await startGraphStandIn();
  loadDemoDirectory(g);
  a = await startAccessApp({ graph: g });
  connector = await startFakeConnector();
  expect((await botDriver(a.url, connector).installInTeam(person('teacher'), STAFF_TEAM.map(person))).status).toBe(200);
});
afterAll(async () => {
  await a.close();
  await connector.close();
  await g.close();
});

describe("overdue alerts reach the Teams activity feed through the app's own Graph client", () => {
  it('sends the activity notification with the reference only, over the client the app uses for access', async () => {
    const child = demoChildren()[0]!;
    const concern = await a.call('teacher', 'POST', '/api/concerns', { body: concernBody({ children: [{ childId: child.id, role: 'subject' }] }) });
    const referral = await a.call('dsl', 'POST', '/api/referrals', {
      body: { concernId: concern.json.id, childId: child.id, agency: 'lado', madeAt: '2026-11-26T10:00:00Z', method: 'phone', reference: 'LADO-7' },
    });
    expect(referral.status).toBe(201);
    const runtime = botRuntime(a.app.server)!;
    const r = await sweepOnce(a.app.deps, new Date('2026-11-30T09:00:00Z'), runtime.alertChannel, `test-${randomUUID()}`, 60_000);
    await runtime.idle();
    expect(r.failures).toEqual([]);
    const mine = g.activityNotifications.filter((n) => JSON.stringify(n.body).includes(referral.json.ref));
    expect(mine.length).toBeGreaterThan(0);
    const sent = JSON.stringify(mine);
    expect(sent).not.toContain(child.givenName);
    expect(sent).not.toContain('LADO-7');
  });
});
