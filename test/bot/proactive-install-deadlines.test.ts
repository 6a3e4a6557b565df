import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLanternApp, type LanternApp } from '../../src/app.js';
import { botRuntime } from '../../src/bot/mount-bot.js';
import { alertText, deadlineAlertId, type AlertKind, type DeadlineAlert } from '../../src/core/model/alert.js';
import type { School } from '../../src/core/model/school.js';
import { ACTIVITY_TYPES } from '../../src/identity/graph/activity-feed.js';
import { resolveActor } from '../../src/core/model/resolve-actor.js';
import { createConcern } from '../../src/core/usecases/create-concern.js';
import { DEMO_TENANT_ID, PERSONAS, personaByKey } from '../../src/local/demo-identity.js';
import { demoChildren, demoSchool } from '../../src/local/demo-school.js';
import { localConfig } from '../../src/local/local-config.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-stand-in.js';
import { startFakeConnector, type FakeConnector } from './support/fake-connector.js';

const CATALOG_APP_ID = '0d1e2f3a-0000-4000-8000-00000000ca7b';
const dsl = personaByKey('dsl')!;
const dslOid = dsl.oid.toLowerCase();

let g: GraphStandIn;
let connector: FakeConnector;
let cosmos: TestCosmos;
let app: LanternApp;
let school: School;

beforeAll(async () => {
  [g, connector, cosmos] = await Promise.all([startGraphStandIn(), startFakeConnector(), startTestCosmos()]);
  school = demoSchool();
  for (const p of PERSONAS) g.users.set(p.oid.toLowerCase(), { id: p.oid.toLowerCase(), displayName: p.name });
  for (const id of new Set([...school.access.staffGroups, ...school.access.dslGroups, ...school.access.adminGroups])) {
    g.groups.set(id, { id, displayName: `Group ${id}`, members: PERSONAS.filter((p) => p.groups.includes(id)).map((p) => p.oid.toLowerCase()) });
  }
  const config = localConfig({
    PORT: '0', LOG_LEVEL: 'silent', ALERT_SWEEP_SECONDS: '0',
    GRAPH_CLIENT_ID: g.clientId, GRAPH_CLIENT_SECRET: g.clientSecret, GRAPH_BASE_URL: g.baseUrl, GRAPH_AUTHORITY: g.baseUrl,
    TEAMS_CATALOG_APP_ID: CATALOG_APP_ID, TEAMS_SERVICE_URL: connector.url,
  });
  app = createLanternApp({ config, store: cosmos.store, graphFetch: g.fetch });
  app.deps.clock = () => new Date('2026-11-30T09:00:00Z');
  await cosmos.store.schools.create(school);
  await app.listen();
});
afterAll(async () => {
  await app.close();
  await Promise.all([g.close(), connector.close(), cosmos.close()]);
});

/** A deadline alert as the sweep raises it for each non-referral source. */
function deadlineAlert(source: string, ref: string, label: string, recordType: string, path: string, kind: AlertKind = 'overdue'): DeadlineAlert {
  return {
    id: deadlineAlertId(source, `rec-${ref}`, '1', kind), type: 'alert', schoolId: school.id, kind, source: 'deadline',
    dueAt: '2026-11-27T00:00:00Z', raisedAt: '2026-11-30T09:00:00Z', audience: source === 'action' ? 'person' : 'dsl',
    ...(source === 'action' ? { recipient: { oid: dslOid, name: dsl.name } } : {}),
    status: 'pending', deliveredTo: [],
    deadline: { source, recordType, recordId: `rec-${ref}`, ref, label, cycle: '1', path },
  };
}

const KINDS = [
  { name: 'subject-access deadline', alert: () => deadlineAlert('sar', 'S-7K3QF9', 'Subject access request S-7K3QF9', 'subjectAccessRequest', 'subject-access/rec-S-7K3QF9'), feed: 'subjectAccessDue', params: { requestRef: 'S-7K3QF9' } },
  { name: 'transfer receipt', alert: () => deadlineAlert('transfer', 'T-4M2PX8', 'Receipt of transfer T-4M2PX8', 'transfer', 'transfers/rec-T-4M2PX8'), feed: 'transferReceiptOverdue', params: { transferRef: 'T-4M2PX8' } },
  { name: 'action overdue', alert: () => deadlineAlert('action', 'C-9H5TR2', 'Action on concern C-9H5TR2', 'concern', 'concerns/rec-C-9H5TR2'), feed: 'actionDue', params: {} },
  { name: 'chase due', alert: () => deadlineAlert('chase', 'R-2B8WQ6', 'Chase of referral R-2B8WQ6', 'referral', 'referrals/rec-R-2B8WQ6'), feed: undefined, params: {} },
] as const;

describe('non-referral alerts reach a DSL with no stored Teams address, after Lantern installs itself (Graph stand-in)', () => {
  it('the DSL has no address until Lantern installs itself for the DSL and staff groups', async () => {
    expect(await cosmos.store.conversations.address(school.id, dslOid)).toBeUndefined();
    const channel = botRuntime(app.server)!.alertChannel;
    const reachable = await channel.reachable(school);
    expect(reachable.map((p) => p.oid)).toContain(dslOid);
    expect(g.installations.get(dslOid)?.appId).toBe(CATALOG_APP_ID);
  });

  for (const k of KINDS) {
    it(`a ${k.name} alert arrives in the DSL's personal chat${k.feed ? ` and as a ${k.feed} activity-feed notice` : ''}, naming the reference only`, async () => {
      const channel = botRuntime(app.server)!.alertChannel;
      const alert = k.alert();
      const feedBefore = g.activityNotifications.length;
      await channel.send(school, dslOid, alert, alertText(alert, school.timeZone));
      const chatId = g.installations.get(dslOid)!.chatId;
      expect(connector.cardsTo(chatId).map((c) => JSON.stringify(c)).some((c) => c.includes(alert.deadline.ref))).toBe(true);
      const notices = g.activityNotifications.slice(feedBefore);
      if (!k.feed) return expect(notices).toEqual([]);
      expect(notices).toHaveLength(1);
      expect(notices[0]!.userId).toBe(dslOid);
      expect(notices[0]!.body.activityType).toBe(k.feed);
      expect(notices[0]!.body.templateParameters).toEqual(Object.entries(k.params).map(([name, value]) => ({ name, value })));
      expect(String((notices[0]!.body.topic as { webUrl: string }).webUrl)).toContain(alert.deadline.path.split('/')[0]);
    });
  }

  it('the feed notice goes out even when the chat message fails (independently of it)', async () => {
    const channel = botRuntime(app.server)!.alertChannel;
    const alert = deadlineAlert('sar', 'S-3J6LV1', 'Subject access request S-3J6LV1', 'subjectAccessRequest', 'subject-access/rec-S-3J6LV1');
    const before = g.activityNotifications.length;
    connector.fail(true);
    try {
      await channel.send(school, dslOid, alert, alertText(alert, school.timeZone));
    } finally {
      connector.fail(false);
    }
    expect(g.activityNotifications.slice(before).map((n) => n.body.activityType)).toEqual(['subjectAccessDue']);
  });
});

describe('a concern shared with a colleague', () => {
  it('sends the concernShared activity-feed notice to the alerted colleague, reference only, even with no chat yet', async () => {
    const teacher = personaByKey('teacher')!;
    const teacher2 = personaByKey('teacher2')!;
    const ctx = { actor: resolveActor({ tenantId: DEMO_TENANT_ID, oid: teacher.oid, name: teacher.name, groups: teacher.groups }, school), school, correlationId: 'test' };
    await cosmos.store.children.create(demoChildren()[0]!).catch(() => undefined);
    const { concern } = await createConcern(app.deps, ctx, {
      children: [{ childId: 'child-001', role: 'subject' }], categories: ['safeguarding'], account: 'Told me something worrying at break', occurredAt: '2026-11-30T08:30:00Z',
      parentsInformed: { informed: false, reason: 'Risk' }, alertedStaff: [{ oid: teacher2.oid, name: teacher2.name }],
    });
    const before = g.activityNotifications.length;
    await botRuntime(app.server)!.announceConcern(school.id, concern.id);
    const notices = g.activityNotifications.slice(before);
    expect(notices.map((n) => [n.userId, n.body.activityType])).toEqual([[teacher2.oid.toLowerCase(), 'concernShared']]);
    expect(JSON.stringify(notices[0]!.body)).toContain(concern.ref);
    expect(JSON.stringify(notices[0]!.body)).not.toContain('worrying');
  });
});

describe('activity types: every one the manifest declares is one Lantern sends, with the parameters its template names', () => {
  const manifest = JSON.parse(readFileSync('appPackage/manifest.json', 'utf8')) as { activities: { activityTypes: { type: string; templateText: string }[] } };
  it('the manifest and the code name the same activity types', () => {
    expect(manifest.activities.activityTypes.map((a) => a.type).sort()).toEqual([...ACTIVITY_TYPES].sort());
  });
  it('Lantern has sent a notice of every declared type except referralOverdue (proved in proactive-install.test.ts) in this file', () => {
    const sent = new Set(g.activityNotifications.map((n) => String(n.body.activityType)));
    expect(ACTIVITY_TYPES.filter((t) => t !== 'referralOverdue' && !sent.has(t))).toEqual([]);
  });
  it('each sent notice fills exactly the placeholders of its type\'s template', () => {
    const sent = new Map(g.activityNotifications.map((n) => [String(n.body.activityType), n.body.templateParameters as { name: string }[]]));
    for (const t of manifest.activities.activityTypes) {
      const params = sent.get(t.type);
      if (!params) continue;
      const placeholders = [...t.templateText.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(params.map((p) => p.name).sort(), t.type).toEqual(placeholders);
    }
  });
});
