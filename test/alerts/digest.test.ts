import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from '../../src/alerts/sweep.js';
import type { Alert } from '../../src/core/model/alert.js';
import type { AlertChannel, Reachable } from '../../src/core/ports/alert-channel.js';
import type { Deps } from '../../src/core/usecases/context.js';
import { createConcern } from '../../src/core/usecases/create-concern.js';
import { createReferral } from '../../src/core/usecases/create-referral.js';
import { digestMomentFor } from '../../src/core/usecases/deliver-alerts.js';
import { resolveActor } from '../../src/core/model/resolve-actor.js';
import type { School } from '../../src/core/model/school.js';
import { DEMO_TENANT_ID, personaByKey } from '../../src/local/demo-identity.js';
import { demoChildren, demoSchool } from '../../src/local/demo-school.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';

let cosmos: TestCosmos;
let deps: Deps;
let school: School;
let clock = new Date('2026-11-26T10:05:00Z');

const dsl = personaByKey('dsl')!;
const deputy = personaByKey('deputy')!;
const reach = (key: string): Reachable => {
  const p = personaByKey(key)!;
  return { oid: p.oid, name: p.name, groups: p.groups };
};

/** A channel like the bot's: per-alert sends, and digests for the people who chose them. */
function digestChannel(people: Reachable[], digestOids: string[], opts: { time?: string; failDigests?: number } = {}) {
  const sent: { oid: string; alertId: string }[] = [];
  const digests: { oid: string; alerts: Alert[] }[] = [];
  let failures = opts.failDigests ?? 0;
  const channel: AlertChannel = {
    reachable: async () => people,
    send: async (_s, oid, alert) => void sent.push({ oid, alertId: alert.id }),
    digests: {
      choices: async () => ({ oids: new Set(digestOids), time: opts.time ?? '08:00' }),
      send: async (_s, oid, alerts) => {
        if (failures-- > 0) throw new Error('Bot Connector unavailable');
        digests.push({ oid, alerts });
      },
    },
  };
  return { channel, sent, digests };
}

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

async function newReferral() {
  clock = new Date('2026-11-26T10:05:00Z');
  const concern = await createConcern(deps, ctxOf('teacher'), {
    children: [{ childId: 'child-001', role: 'subject' }], categories: ['safeguarding'], account: 'Disclosure', occurredAt: '2026-11-26T09:00:00Z', parentsInformed: { informed: false, reason: 'Risk' },
  });
  return (await createReferral(deps, ctxOf('dsl'), { concernId: concern.concern.id, childId: 'child-001', agency: 'childrens-social-care', madeAt: '2026-11-26T10:00:00Z', method: 'phone' })).referral;
}
const sweep = (at: string, channel?: AlertChannel) => {
  clock = new Date(at);
  return sweepOnce(deps, clock, channel, `h-${randomUUID()}`, 60_000);
};
const pendingIds = async () => (await cosmos.store.alerts.pending(school.id)).map((e) => e.value.id);

describe('digest moment', () => {
  it('is the next digest time after the alert was raised, in school local time across clock changes', () => {
    const at = (raised: string, time = '08:00') => digestMomentFor(raised, { time }, 'Europe/London').toISOString();
    expect(at('2026-11-26T12:00:00Z')).toBe('2026-11-27T08:00:00.000Z');
    expect(at('2026-11-27T07:59:00Z')).toBe('2026-11-27T08:00:00.000Z');
    expect(at('2026-11-27T08:00:00Z')).toBe('2026-11-28T08:00:00.000Z');
    // British Summer Time: 08:00 local is 07:00 UTC; the night the clocks go back, 08:00 GMT.
    expect(at('2026-06-10T12:00:00Z')).toBe('2026-06-11T07:00:00.000Z');
    expect(at('2026-10-24T12:00:00Z')).toBe('2026-10-25T08:00:00.000Z');
    expect(at('2026-11-26T12:00:00Z', '17:30')).toBe('2026-11-26T17:30:00.000Z');
  });
});

describe('referral alerts for a DSL who chose a daily digest', () => {
  it('holds their alerts until the digest time, then sends one card and records them delivered to them', async () => {
    const referral = await newReferral();
    const { channel, sent, digests } = digestChannel([reach('dsl'), reach('deputy'), reach('teacher')], [dsl.oid]);
    const mineSent = () => sent.filter((s) => s.alertId.includes(referral.id));
    const mineDigests = () => digests.map((d) => ({ oid: d.oid, alerts: d.alerts.filter((a) => 'referralId' in a && a.referralId === referral.id) })).filter((d) => d.alerts.length > 0);

    // Thursday noon: due soon. The deputy (each) hears at once; the DSL (digest) does not.
    await sweep('2026-11-26T12:00:00Z', channel);
    const dueSoon = `alert:${referral.id}:decision:due-soon`;
    expect(mineSent()).toEqual([{ oid: deputy.oid, alertId: dueSoon }]);
    expect(await pendingIds()).toContain(dueSoon);

    // Before the digest time nothing more goes out.
    await sweep('2026-11-27T07:55:00Z', channel);
    expect(mineDigests()).toEqual([]);

    // Friday 08:00: one digest for the DSL; the alert is now delivered to everyone.
    await sweep('2026-11-27T08:00:00Z', channel);
    expect(mineDigests()).toHaveLength(1);
    expect(mineDigests()[0]!.oid).toBe(dsl.oid);
    expect(mineDigests()[0]!.alerts.map((a) => a.id)).toEqual([dueSoon]);
    expect(await pendingIds()).not.toContain(dueSoon);

    // Later sweeps the same day send nothing twice.
    await sweep('2026-11-27T08:30:00Z', channel);
    await sweep('2026-11-27T12:00:00Z', channel);
    expect(mineDigests()).toHaveLength(1);
    expect(mineSent()).toHaveLength(1);

    // Overdue from Monday 09:00: the deputy at once, the DSL in Tuesday's digest (not Monday's, already past).
    await sweep('2026-11-30T09:00:00Z', channel);
    const overdue = `alert:${referral.id}:decision:overdue`;
    expect(mineSent().map((s) => s.alertId)).toEqual([dueSoon, overdue]);
    await sweep('2026-11-30T16:00:00Z', channel);
    expect(mineDigests()).toHaveLength(1);
    await sweep('2026-12-01T08:05:00Z', channel);
    expect(mineDigests()).toHaveLength(2);
    expect(mineDigests()[1]!.alerts.map((a) => a.id)).toContain(overdue);
    expect(JSON.stringify(digests)).not.toMatch(new RegExp(demoChildren()[0]!.givenName));
  });

  it('loses nothing when a digest cannot be sent, and sends it once on the next sweep', async () => {
    const referral = await newReferral();
    await sweep('2026-11-26T12:00:00Z', undefined);
    const { channel, sent, digests } = digestChannel([reach('dsl')], [dsl.oid], { failDigests: 1 });
    const r1 = await sweep('2026-11-27T08:00:00Z', channel);
    expect(r1.failures).toHaveLength(1);
    const dueSoon = `alert:${referral.id}:decision:due-soon`;
    expect(await pendingIds()).toContain(dueSoon);
    await sweep('2026-11-27T08:10:00Z', channel);
    await sweep('2026-11-27T08:20:00Z', channel);
    const got = digests.flatMap((d) => d.alerts.map((a) => a.id)).filter((id) => id === dueSoon);
    expect(got).toHaveLength(1);
    expect(sent).toEqual([]);
    expect(await pendingIds()).not.toContain(dueSoon);
  });

  it('sends each alert at once to DSLs who did not choose a digest, as before', async () => {
    const referral = await newReferral();
    const { channel, sent, digests } = digestChannel([reach('dsl'), reach('deputy')], []);
    await sweep('2026-11-26T12:00:00Z', channel);
    expect(sent.filter((s) => s.alertId.includes(referral.id)).map((s) => s.oid).sort()).toEqual([dsl.oid, deputy.oid].sort());
    expect(digests).toEqual([]);
    expect(await pendingIds()).not.toContain(`alert:${referral.id}:decision:due-soon`);
  });
});
