import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from '../../src/alerts/sweep.js';
import { createLanternApp, type LanternApp } from '../../src/app.js';
import { botRuntime } from '../../src/bot/mount-bot.js';
import { resolveActor } from '../../src/core/model/resolve-actor.js';
import type { School } from '../../src/core/model/school.js';
import { createConcern } from '../../src/core/usecases/create-concern.js';
import { createReferral } from '../../src/core/usecases/create-referral.js';
import { DEMO_TENANT_ID, PERSONAS, personaByKey } from '../../src/local/demo-identity.js';
import { demoChildren, demoSchool } from '../../src/local/demo-school.js';
import { localConfig } from '../../src/local/local-config.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-stand-in.js';
import { startFakeConnector, type FakeConnector } from './support/fake-connector.js';

const CATALOG_APP_ID = '0d1e2f3a-0000-4000-8000-00000000ca7a';
const dsl = personaByKey('dsl')!;
const teacher = personaByKey('teacher')!;
const guest = { oid: '6a2e9f10-7c4b-4d3e-8f21-0000000000ee', name: 'Visiting Guest' };

let g: GraphStandIn;
let connector: FakeConnector;
let cosmos: TestCosmos;
let app: LanternApp;
let school: School;

beforeAll(async () => {
  [g, connector, cosmos] = await Promise.all([startGraphStandIn(), startFakeConnector(), startTestCosmos()]);
  school = demoSchool();
  // The directory: the demo personas in the school's groups, and a guest in the staff group. Nobody has opened the bot.
  for (const p of PERSONAS) g.users.set(p.oid.toLowerCase(), { id: p.oid.toLowerCase(), displayName: p.name });
  g.users.set(guest.oid, { id: guest.oid, displayName: guest.name, userType: 'Guest' });
  for (const id of new Set([...school.access.staffGroups, ...school.access.dslGroups, ...school.access.adminGroups])) {
    const members = PERSONAS.filter((p) => p.groups.includes(id)).map((p) => p.oid.toLowerCase());
    g.groups.set(id, { id, displayName: `Group ${id}`, members: school.access.staffGroups.includes(id) ? [...members, guest.oid] : members });
  }
  const config = localConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    ALERT_SWEEP_SECONDS: '0',
    GRAPH_CLIENT_ID: g.clientId,
    GRAPH_CLIENT_SECRET: g.clientSecret,
    GRAPH_BASE_URL: g.baseUrl,
    GRAPH_AUTHORITY: g.baseUrl,
    TEAMS_CATALOG_APP_ID: CATALOG_APP_ID,
    TEAMS_SERVICE_URL: connector.url,
  });
  app = createLanternApp({ config, store: cosmos.store, graphFetch: g.fetch });
  await cosmos.store.schools.create(school);
  for (const c of demoChildren().slice(0, 2)) await cosmos.store.children.create(c);
  await app.listen();
});
afterAll(async () => {
  await app.close();
  await Promise.all([g.close(), connector.close(), cosmos.close()]);
});

const ctxOf = (key: string) => {
  const p = personaByKey(key)!;
  return { actor: resolveActor({ tenantId: DEMO_TENANT_ID, oid: p.oid, name: p.name, groups: p.groups }, school), school, correlationId: 'test' };
};

describe('alerts reach every DSL: Lantern installs itself for the DSL and staff groups (Graph)', () => {
  it('a DSL with no stored Teams address receives an overdue-referral alert after Lantern installs itself for them', async () => {
    expect(await cosmos.store.conversations.address(school.id, dsl.oid.toLowerCase())).toBeUndefined();
    const deps = app.deps;
    deps.clock = () => new Date('2026-11-26T10:05:00Z');
    const concern = await createConcern(deps, ctxOf('teacher'), {
      children: [{ childId: 'child-001', role: 'subject' }], categories: ['safeguarding'], account: 'Disclosure', occurredAt: '2026-11-26T09:00:00Z', parentsInformed: { informed: false, reason: 'Risk' },
    });
    const { referral } = await createReferral(deps, ctxOf('dsl'), { concernId: concern.concern.id, childId: 'child-001', agency: 'childrens-social-care', madeAt: '2026-11-26T10:00:00Z', method: 'phone', reference: 'MASH-77' });

    const at = new Date('2026-11-30T09:00:00Z');
    deps.clock = () => at;
    const r = await sweepOnce(deps, at, botRuntime(app.server)!.alertChannel, `test-${randomUUID()}`, 60_000);
    expect(r.failures).toEqual([]);

    const installed = g.installations.get(dsl.oid.toLowerCase());
    expect(installed?.appId).toBe(CATALOG_APP_ID);
    const cards = connector.cardsTo(installed!.chatId).map((c) => JSON.stringify(c));
    expect(cards.some((c) => c.includes(referral.ref))).toBe(true);
    expect(cards.join()).not.toContain('MASH-77');
    // The activity feed too, on its own.
    expect(g.activityNotifications.some((n) => n.userId === dsl.oid.toLowerCase() && JSON.stringify(n.body).includes(referral.ref))).toBe(true);
    // Remembered: the next sweep does not install again.
    expect((await cosmos.store.conversations.address(school.id, dsl.oid.toLowerCase()))?.conversationId).toBe(installed!.chatId);
  });

  it('installs for staff too (they get triage and concern alerts), never for guests, and only once', async () => {
    expect(g.installations.has(teacher.oid.toLowerCase())).toBe(true);
    expect(g.installations.has(guest.oid)).toBe(false);
    const posts = g.count(/^POST \/v1\.0\/users\/[^/]+\/teamwork\/installedApps$/);
    const at = new Date('2026-11-30T10:00:00Z');
    app.deps.clock = () => at;
    await sweepOnce(app.deps, at, botRuntime(app.server)!.alertChannel, `test-${randomUUID()}`, 60_000);
    expect(g.count(/^POST \/v1\.0\/users\/[^/]+\/teamwork\/installedApps$/)).toBe(posts);
  });
});
