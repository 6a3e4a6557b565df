import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sweepOnce } from '../../src/alerts/sweep.js';
import type { AlertChannel, Reachable } from '../../src/core/ports/alert-channel.js';
import type { Deps } from '../../src/core/usecases/context.js';
import { createConcern } from '../../src/core/usecases/create-concern.js';
import { createReferral } from '../../src/core/usecases/create-referral.js';
import { updateReferral } from '../../src/core/usecases/update-referral.js';
import { resolveActor } from '../../src/core/model/resolve-actor.js';
import type { School } from '../../src/core/model/school.js';
import { DEMO_GROUPS, DEMO_TENANT_ID, personaByKey } from '../../src/local/demo-identity.js';
import { demoChildren, demoSchool } from '../../src/local/demo-school.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';

let cosmos: TestCosmos;
let deps: Deps;
let school: School;
let clock = new Date('2026-11-26T10:05:00Z');

/** Stands in for Teams delivery (the bot implements the real AlertChannel): records what each person was sent. */
function recordingChannel(people: Reachable[]) {
  const sent: { oid: string; text: string; alertId: string }[] = [];
  const channel: AlertChannel = {
    reachable: async () => people,
    send: async (_s, oid, alert, text) => void sent.push({ oid, text, alertId: alert.id }),
  };
  return { channel, sent };
}
const person = (key: string, groups?: string[]): Reachable => {
  const p = personaByKey(key)!;
  return { oid: p.oid, name: p.name, groups: groups ?? p.groups };
};
const ctxOf = (key: string) => {
  const p = personaByKey(key)!;
  return { actor: resolveActor({ tenantId: DEMO_TENANT_ID, oid: p.oid, name: p.name, groups: p.groups }, school), school, correlationId: 'test' };
};

beforeAll(async () => {
  cosmos = await startTestCosmos();
  deps = { store: cosmos.store, clock: () => clock, newId: () => randomUUID() };
  school = demoSchool();
  await cosmos.store.schools.create(school);
  for (const c of demoChildren().slice(0, 3)) await cosmos.store.children.create(c);
});
afterAll(() => cosmos.close());

async function newReferral(madeAt = '2026-11-26T10:00:00Z') {
  clock = new Date('2026-11-26T10:05:00Z');
  const concern = await createConcern(deps, ctxOf('teacher'), {
    children: [{ childId: 'child-001', role: 'subject' }], categories: ['safeguarding'], account: 'Disclosure', occurredAt: '2026-11-26T09:00:00Z', parentsInformed: { informed: false, reason: 'Risk' },
  });
  return createReferral(deps, ctxOf('dsl'), { concernId: concern.concern.id, childId: 'child-001', agency: 'childrens-social-care', madeAt, method: 'phone' });
}
const sweep = (at: string, channel?: AlertChannel, holder = `h-${randomUUID()}`) => {
  clock = new Date(at);
  return sweepOnce(deps, clock, channel, holder, 60_000);
};

describe('overdue sweep', () => {
  let referralId: string;
  beforeEach(async () => {
    referralId = (await newReferral()).referral.id;
  });

  it('sends each overdue alert exactly once, even with two schedulers started at once', async () => {
    const { channel, sent } = recordingChannel([person('dsl'), person('deputy'), person('teacher')]);
    const [a, b] = await Promise.all([sweep('2026-11-30T09:00:00Z', channel), sweep('2026-11-30T09:00:00Z', channel)]);
    expect([a.ran, b.ran].filter(Boolean)).toHaveLength(1);
    await sweep('2026-11-30T09:30:00Z', channel);
    const mine = sent.filter((s) => s.alertId.includes(referralId));
    expect(mine.map((s) => s.oid).sort()).toEqual([personaByKey('dsl')!.oid, personaByKey('deputy')!.oid].sort());
    expect(mine[0]!.text).toMatch(/^Referral R-[2-9A-Z]{6} \(Children's social care \/ MASH\): decision on the referral overdue since Fri 27 Nov 17:00 — open Lantern$/);
    expect(mine[0]!.text).not.toContain('Amara');
  });

  it('delivers, once, an alert raised before a crash stopped its delivery', async () => {
    const raisedOnly = await sweep('2026-11-30T09:00:00Z', undefined);
    expect(raisedOnly.raised).toBeGreaterThan(0);
    const { channel, sent } = recordingChannel([person('dsl')]);
    await sweep('2026-11-30T09:10:00Z', channel);
    await sweep('2026-11-30T09:20:00Z', channel);
    expect(sent.filter((s) => s.alertId === `alert:${referralId}:decision:overdue`)).toHaveLength(1);
  });

  it('sends nothing to a DSL removed from the DSL group before the sweep', async () => {
    const { channel, sent } = recordingChannel([person('dsl', [DEMO_GROUPS.staff]), person('deputy')]);
    await sweep('2026-11-30T09:00:00Z', channel);
    expect(sent.some((s) => s.oid === personaByKey('dsl')!.oid)).toBe(false);
    expect(sent.some((s) => s.oid === personaByKey('deputy')!.oid)).toBe(true);
  });

  it('never alerts on a milestone that was recorded in time', async () => {
    const r = await deps.store.referrals.get(school.id, referralId);
    clock = new Date('2026-11-27T11:00:00Z');
    await updateReferral(deps, ctxOf('dsl'), referralId, { op: 'recordMilestone', key: 'decision', at: '2026-11-27T11:00:00Z' }, r!.etag);
    const { channel, sent } = recordingChannel([person('dsl')]);
    await sweep('2026-11-30T09:00:00Z', channel);
    expect(sent.filter((s) => s.alertId.startsWith(`alert:${referralId}:decision`))).toHaveLength(0);
  });

  it('warns when due soon, then escalates to the head after two more working days', async () => {
    const head = { oid: '6a2e9f10-7c4b-4d3e-8f21-000000000009', name: 'Head Teacher', groups: [DEMO_GROUPS.head] };
    const { channel, sent } = recordingChannel([person('dsl'), head]);
    await sweep('2026-11-26T12:00:00Z', channel);
    expect(sent.some((s) => s.alertId === `alert:${referralId}:decision:due-soon` && s.text.includes('due Fri 27 Nov 17:00'))).toBe(true);
    await sweep('2026-12-01T18:00:00Z', channel);
    const mine = sent.filter((s) => s.alertId.startsWith(`alert:${referralId}:decision`));
    expect(mine.find((s) => s.alertId.endsWith(':escalation') && s.oid === head.oid)?.text).toContain('still overdue');
    expect(mine.some((s) => s.alertId.endsWith(':overdue') && s.oid === head.oid)).toBe(false);
  });
});
