import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sweepOnce } from '../../src/alerts/sweep.js';
import type { Logger } from '../../src/api/log.js';
import { withActivityFeed } from '../../src/bot/notify/activity-notices.js';
import type { AlertChannel, Reachable } from '../../src/core/ports/alert-channel.js';
import type { Deps } from '../../src/core/usecases/context.js';
import { createConcern } from '../../src/core/usecases/create-concern.js';
import { createReferral } from '../../src/core/usecases/create-referral.js';
import { resolveActor } from '../../src/core/model/resolve-actor.js';
import type { School } from '../../src/core/model/school.js';
import { loadConfig } from '../../src/config/config.js';
import { activityFeedForConfig, createActivityFeed, type ActivityFeed } from '../../src/identity/graph/activity-feed.js';
import { DEMO_TENANT_ID, personaByKey } from '../../src/local/demo-identity.js';
import { demoChildren, demoSchool } from '../../src/local/demo-school.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-stand-in.js';
import { graphApiFor } from '../identity/graph/graph-helpers.js';

const dsl = personaByKey('dsl')!;
const deputy = personaByKey('deputy')!;
const children = demoChildren();
const anyChildName = new RegExp(children.flatMap((c) => [c.givenName, c.familyName]).join('|'));
const FEED = /^POST \/v1\.0\/users\/[^/]+\/teamwork\/sendActivityNotification$/;

let g: GraphStandIn;
let feed: ActivityFeed;
let cosmos: TestCosmos;
let deps: Deps;
let school: School;
let clock = new Date('2026-11-26T10:05:00Z');

beforeAll(async () => {
  g = await startGraphStandIn();
  for (const p of [dsl, deputy]) g.users.set(p.oid.toLowerCase(), { id: p.oid.toLowerCase(), displayName: p.name });
  feed = createActivityFeed(graphApiFor(g, { maxRetries: 0 }));
  cosmos = await startTestCosmos();
  deps = { store: cosmos.store, clock: () => clock, newId: () => randomUUID() };
  school = demoSchool();
  await cosmos.store.schools.create(school);
  for (const c of children.slice(0, 3)) await cosmos.store.children.create(c);
});
afterAll(async () => {
  await g.close();
  await cosmos.close();
});
beforeEach(() => {
  g.clearFaults();
  g.activityNotifications.length = 0;
});

const reach = (p: { oid: string; name: string; groups: string[] }): Reachable => ({ oid: p.oid, name: p.name, groups: p.groups });
function botLike(people: Reachable[]) {
  const messages: { oid: string; alertId: string }[] = [];
  const logged: { level: string; msg: string; fields?: Record<string, unknown> }[] = [];
  const log: Logger = { log: (level, msg, fields) => void logged.push({ level, msg, fields }) };
  const inner: AlertChannel = { reachable: async () => people, send: async (_s, oid, alert) => void messages.push({ oid, alertId: alert.id }) };
  const channel = withActivityFeed(inner, feed, (id) => `https://teams.microsoft.com/l/entity/app/lantern?context=${encodeURIComponent(JSON.stringify({ subEntityId: `referrals/${id}` }))}`, log);
  return { channel, messages, logged };
}
const ctxOf = (key: string) => {
  const p = personaByKey(key)!;
  return { actor: resolveActor({ tenantId: DEMO_TENANT_ID, oid: p.oid, name: p.name, groups: p.groups }, school), school, correlationId: 'test' };
};
async function newReferral() {
  clock = new Date('2026-11-26T10:05:00Z');
  const concern = await createConcern(deps, ctxOf('teacher'), {
    children: [{ childId: 'child-001', role: 'subject' }], categories: ['safeguarding'], account: 'Disclosure by Amara', occurredAt: '2026-11-26T09:00:00Z', parentsInformed: { informed: false, reason: 'Risk' },
  });
  return (await createReferral(deps, ctxOf('dsl'), { concernId: concern.concern.id, childId: 'child-001', agency: 'childrens-social-care', madeAt: '2026-11-26T10:00:00Z', method: 'phone', reference: 'MASH-99' })).referral;
}
const sweep = (at: string, channel: AlertChannel) => {
  clock = new Date(at);
  return sweepOnce(deps, clock, channel, `h-${randomUUID()}`, 60_000);
};

describe('Teams activity feed for referral alerts (Graph sendActivityNotification)', () => {
  it('posts referralOverdue with the reference only, alongside each overdue bot message', async () => {
    const referral = await newReferral();
    const { channel, messages } = botLike([reach(dsl), reach(deputy)]);
    const before = g.count(FEED);
    await sweep('2026-11-30T09:00:00Z', channel);
    const mine = g.activityNotifications.filter((n) => JSON.stringify(n.body).includes(referral.ref));
    expect(mine.map((n) => n.userId).sort()).toEqual([dsl.oid, deputy.oid].map((o) => o.toLowerCase()).sort());
    expect(messages.filter((m) => m.alertId === `alert:${referral.id}:decision:overdue`)).toHaveLength(2);
    expect(g.count(FEED) - before).toBe(g.activityNotifications.length);
    const body = mine[0]!.body as any;
    expect(body.activityType).toBe('referralOverdue');
    expect(body.templateParameters).toEqual([{ name: 'referralRef', value: referral.ref }]);
    expect(body.topic).toMatchObject({ source: 'text', value: `Referral ${referral.ref}` });
    expect(body.topic.webUrl).toContain(encodeURIComponent(`referrals/${referral.id}`));
    for (const n of g.activityNotifications) {
      expect(JSON.stringify(n.body)).not.toMatch(anyChildName);
      expect(JSON.stringify(n.body)).not.toContain('MASH-99');
    }
    // A second sweep sends nothing twice, to Teams or to the feed.
    const count = g.count(FEED);
    await sweep('2026-11-30T09:30:00Z', channel);
    expect(g.count(FEED)).toBe(count);
  });

  it('sends no feed notification for a due-soon alert (the manifest activity is for overdue referrals)', async () => {
    const referral = await newReferral();
    const { channel, messages } = botLike([reach(dsl)]);
    await sweep('2026-11-26T12:00:00Z', channel);
    expect(messages.some((m) => m.alertId === `alert:${referral.id}:decision:due-soon`)).toBe(true);
    expect(g.activityNotifications.filter((n) => JSON.stringify(n.body).includes(referral.ref))).toEqual([]);
  });

  it('a Graph failure is logged; the Teams message stands and the alert is recorded delivered', async () => {
    const referral = await newReferral();
    g.fail({ match: FEED, status: 500, code: 'generalException' });
    const { channel, messages, logged } = botLike([reach(dsl)]);
    const r = await sweep('2026-11-30T09:00:00Z', channel);
    expect(r.failures).toEqual([]);
    const overdue = `alert:${referral.id}:decision:overdue`;
    expect(messages.filter((m) => m.alertId === overdue)).toHaveLength(1);
    expect(logged.some((l) => l.level === 'warn' && l.fields?.alertId === overdue)).toBe(true);
    expect(JSON.stringify(logged)).not.toMatch(anyChildName);
    expect((await cosmos.store.alerts.pending(school.id)).map((e) => e.value.id)).not.toContain(overdue);
    g.clearFaults();
    await sweep('2026-11-30T09:30:00Z', channel);
    expect(messages.filter((m) => m.alertId === overdue)).toHaveLength(1);
  });

  it('a person Graph does not know (404) is logged and skipped too', async () => {
    const stranger = { oid: '6a2e9f10-7c4b-4d3e-8f21-0000000000aa', name: 'Not In Graph', groups: dsl.groups };
    const { channel, messages, logged } = botLike([reach(stranger)]);
    const referral = await newReferral();
    await sweep('2026-11-30T09:00:00Z', channel);
    expect(messages.some((m) => m.alertId === `alert:${referral.id}:decision:overdue`)).toBe(true);
    expect(logged.filter((l) => l.level === 'warn').length).toBeGreaterThan(0);
  });
});

describe('the activity feed is independent of the Teams message', () => {
  function failingBot(people: Reachable[]) {
    const logged: { level: string; msg: string; fields?: Record<string, unknown> }[] = [];
    const log: Logger = { log: (level, msg, fields) => void logged.push({ level, msg, fields }) };
    const inner: AlertChannel = { reachable: async () => people, send: async () => Promise.reject(new Error('This person cannot be reached in Teams.')) };
    return { channel: withActivityFeed(inner, feed, (id) => `https://teams.microsoft.com/l/entity/app/lantern?context=${id}`, log), logged };
  }

  it('a failed message still gets its feed notice, and the alert counts as delivered (no repeat)', async () => {
    const referral = await newReferral();
    const { channel, logged } = failingBot([reach(dsl)]);
    const r = await sweep('2026-11-30T09:00:00Z', channel);
    expect(r.failures).toEqual([]);
    const overdue = `alert:${referral.id}:decision:overdue`;
    expect(g.activityNotifications.filter((n) => JSON.stringify(n.body).includes(referral.ref)).map((n) => n.userId)).toEqual([dsl.oid.toLowerCase()]);
    expect(logged.some((l) => l.level === 'warn' && l.fields?.alertId === overdue)).toBe(true);
    expect((await cosmos.store.alerts.pending(school.id)).map((e) => e.value.id)).not.toContain(overdue);
    const count = g.count(FEED);
    await sweep('2026-11-30T09:30:00Z', channel);
    expect(g.count(FEED)).toBe(count);
  });

  it('when both the message and the feed fail, the alert stays pending for the next sweep', async () => {
    const referral = await newReferral();
    g.fail({ match: FEED, status: 500, code: 'generalException' });
    const { channel } = failingBot([reach(dsl)]);
    await sweep('2026-11-30T09:00:00Z', channel);
    expect((await cosmos.store.alerts.pending(school.id)).map((e) => e.value.id)).toContain(`alert:${referral.id}:decision:overdue`);
  });
});

describe('activityFeedForConfig', () => {
  const BASE = { TENANT_ID: DEMO_TENANT_ID, API_CLIENT_ID: '4b1d6e2a-9c3f-4e57-8a10-2f6c5d7e9b02', LANTERN_MODE: 'local' };
  it('is off when GRAPH_* is not configured', () => {
    expect(activityFeedForConfig(loadConfig(BASE))).toBeUndefined();
  });
  it('uses the configured Graph (base URL, authority, app credential) when it is', async () => {
    const config = loadConfig({ ...BASE, GRAPH_CLIENT_ID: g.clientId, GRAPH_CLIENT_SECRET: g.clientSecret, GRAPH_BASE_URL: g.baseUrl, GRAPH_AUTHORITY: g.baseUrl });
    const configured = activityFeedForConfig(config, g.fetch)!;
    await configured.referralOverdue({ userId: dsl.oid, referralRef: 'R-TEST42', webUrl: 'https://teams.microsoft.com/l/entity/app/lantern' });
    expect(g.activityNotifications.at(-1)).toMatchObject({ userId: dsl.oid.toLowerCase(), body: { activityType: 'referralOverdue', templateParameters: [{ name: 'referralRef', value: 'R-TEST42' }] } });
  });
});
