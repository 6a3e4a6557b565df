import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from '../../src/alerts/sweep.js';
import type { Alert } from '../../src/core/model/alert.js';
import { resolveActor } from '../../src/core/model/resolve-actor.js';
import type { School } from '../../src/core/model/school.js';
import type { AlertChannel, Reachable } from '../../src/core/ports/alert-channel.js';
import { addReferralContact } from '../../src/core/usecases/add-referral-contact.js';
import type { Deps } from '../../src/core/usecases/context.js';
import { createConcern } from '../../src/core/usecases/create-concern.js';
import { createReferral } from '../../src/core/usecases/create-referral.js';
import { getDashboard } from '../../src/core/usecases/get-dashboard.js';
import { DEMO_TENANT_ID, personaByKey } from '../../src/local/demo-identity.js';
import { demoChildren, demoSchool } from '../../src/local/demo-school.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';

let cosmos: TestCosmos;
let deps: Deps;
let school: School;
let clock = new Date('2026-11-02T10:00:00Z');

const person = (key: string): Reachable => {
  const p = personaByKey(key)!;
  return { oid: p.oid, name: p.name, groups: p.groups };
};
const ctxOf = (key: string) => {
  const p = personaByKey(key)!;
  return { actor: resolveActor({ tenantId: DEMO_TENANT_ID, oid: p.oid, name: p.name, groups: p.groups }, school), school, correlationId: 'test' };
};
const sweep = (at: string, channel: AlertChannel) => {
  clock = new Date(at);
  return sweepOnce(deps, clock, channel, `h-${randomUUID()}`, 60_000);
};

beforeAll(async () => {
  cosmos = await startTestCosmos();
  deps = { store: cosmos.store, clock: () => clock, newId: () => randomUUID() };
  school = demoSchool();
  await cosmos.store.schools.create(school);
  for (const c of demoChildren().slice(0, 3)) await cosmos.store.children.create(c);
});
afterAll(() => cosmos.close());

async function referralWithChase(nextChaseDate: string) {
  clock = new Date('2026-11-02T10:00:00Z');
  const body = {
    children: [{ childId: 'child-001', role: 'subject' }], categories: ['safeguarding'], account: 'Disclosed something at break.',
    occurredAt: '2026-11-02T08:30:00Z', location: 'Playground', parentsInformed: { informed: false, reason: 'Advice from social care' },
  };
  const c = await createConcern(deps, ctxOf('teacher'), body);
  const { referral } = await createReferral(deps, ctxOf('dsl'), { concernId: c.concern.id, childId: 'child-001', agency: 'early-help', madeAt: '2026-11-02T09:30:00Z', method: 'portal' });
  await addReferralContact(deps, ctxOf('dsl'), referral.id, {
    at: '2026-11-02T09:45:00Z', direction: 'outgoing', method: 'phone', who: 'Duty worker', summary: 'Asked for an update.', nextChaseDate,
  });
  return referral;
}

describe('chase dates', () => {
  it('raise one "chase due" alert to the DSLs on the chase school day, shown on the dashboard, cleared by the next contact', async () => {
    const r = await referralWithChase('2026-11-07'); // a Saturday: the chase is due on Monday 9 November
    const sent: { oid: string; text: string; alert: Alert }[] = [];
    const channel: AlertChannel = {
      reachable: async () => [person('dsl'), person('deputy'), person('teacher')],
      send: async (_s, oid, alert, text) => void sent.push({ oid, text, alert }),
    };
    const chases = () => sent.filter((s) => s.alert.id.startsWith(`alert:chase:${r.id}:`));

    await sweep('2026-11-06T09:00:00Z', channel);
    await sweep('2026-11-07T09:00:00Z', channel);
    expect(chases()).toHaveLength(0);
    await sweep('2026-11-09T07:00:00Z', channel);
    await sweep('2026-11-09T08:00:00Z', channel);
    expect(chases().map((s) => s.oid).sort()).toEqual([person('dsl').oid, person('deputy').oid].sort());
    expect(chases()[0]!.text).toBe(`Chase of referral ${r.ref} is due on Mon 9 Nov — open Lantern`);
    for (const s of chases()) expect(s.text).not.toMatch(/Amara|Okafor|Disclosed/);

    const before = await getDashboard(deps, ctxOf('dsl'), {});
    expect(before.chases.items.map((c) => c.ref)).toContain(r.ref);
    expect(before.chases.items.find((c) => c.ref === r.ref)).toMatchObject({ chaseOn: '2026-11-07', agencyName: 'Early help' });

    clock = new Date('2026-11-09T09:30:00Z');
    await addReferralContact(deps, ctxOf('dsl'), r.id, { at: '2026-11-09T09:00:00Z', direction: 'outgoing', method: 'email', who: 'Duty worker', summary: 'Chased by email.' });
    const after = await getDashboard(deps, ctxOf('dsl'), {});
    expect(after.chases.items.map((c) => c.ref)).not.toContain(r.ref);
    await sweep('2026-11-10T08:00:00Z', channel);
    expect(chases()).toHaveLength(2);
  });

  it('a contact that sets a new chase date raises a new alert on that day only', async () => {
    const r = await referralWithChase('2026-11-03');
    const sent: Alert[] = [];
    const channel: AlertChannel = { reachable: async () => [person('dsl')], send: async (_s, _o, alert) => void sent.push(alert) };
    await sweep('2026-11-03T08:00:00Z', channel);
    clock = new Date('2026-11-03T10:00:00Z');
    await addReferralContact(deps, ctxOf('dsl'), r.id, { at: '2026-11-03T09:50:00Z', direction: 'incoming', method: 'phone', who: 'Duty worker', summary: 'Will decide by Thursday.', nextChaseDate: '2026-11-05' });
    await sweep('2026-11-04T08:00:00Z', channel);
    await sweep('2026-11-05T08:00:00Z', channel);
    await sweep('2026-11-05T09:00:00Z', channel);
    expect(sent.filter((a) => a.id.startsWith(`alert:chase:${r.id}:`)).map((a) => a.dueAt)).toEqual(['2026-11-03T00:00:00.000Z', '2026-11-05T00:00:00.000Z']);
  });
});
