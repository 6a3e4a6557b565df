import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from '../../src/alerts/sweep.js';
import { createAdultConcern } from '../../src/core/adults/create-adult-concern.js';
import { getAdultConcern } from '../../src/core/adults/get-adult-concern.js';
import { updateAdultConcern } from '../../src/core/adults/update-adult-concern.js';
import type { Alert } from '../../src/core/model/alert.js';
import { resolveActor } from '../../src/core/model/resolve-actor.js';
import type { School } from '../../src/core/model/school.js';
import type { AlertChannel, Reachable } from '../../src/core/ports/alert-channel.js';
import type { Deps, RequestContext } from '../../src/core/usecases/context.js';
import { listAlerts } from '../../src/core/usecases/list-alerts.js';
import { verifySchoolAudit } from '../../src/core/usecases/verify-school-audit.js';
import { DEMO_GROUPS, DEMO_TENANT_ID, personaByKey } from '../../src/local/demo-identity.js';
import { demoChildren, demoSchool } from '../../src/local/demo-school.js';
import { localPeopleDirectory } from '../../src/local/local-people.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';
import { RECORDS_CONTAINER } from '../../src/store/containers.js';

const CHAIR_GROUP = '0c8f4a1e-3b2d-4e6f-9a7c-5d1e2f3a4c10';
const HEAD: Reachable = { oid: '6a2e9f10-7c4b-4d3e-8f21-000000000090', name: 'Morgan Hale', groups: [DEMO_GROUPS.staff, DEMO_GROUPS.head] };
const CHAIR: Reachable = { oid: '6a2e9f10-7c4b-4d3e-8f21-000000000091', name: 'Robin Ash', groups: [CHAIR_GROUP] };

let cosmos: TestCosmos;
let deps: Deps;
let school: School;
let clock = new Date('2026-12-03T10:00:00Z');

const persona = (key: string): Reachable => {
  const p = personaByKey(key)!;
  return { oid: p.oid, name: p.name, groups: p.groups };
};
const ctxOf = (who: Reachable): RequestContext => ({
  actor: resolveActor({ tenantId: DEMO_TENANT_ID, oid: who.oid, name: who.name, groups: who.groups }, school), school, correlationId: 'test',
});
function recordingChannel(people: Reachable[]) {
  const sent: { oid: string; text: string; alert: Alert }[] = [];
  const channel: AlertChannel = { reachable: async () => people, send: async (_s, oid, alert, text) => void sent.push({ oid, text, alert }) };
  return { channel, sent };
}
const sweep = (at: string, channel?: AlertChannel) => {
  clock = new Date(at);
  return sweepOnce(deps, clock, channel, `h-${randomUUID()}`, 60_000);
};
const allegation = (overrides: Record<string, unknown> = {}) => ({
  kind: 'allegation',
  subject: { kind: 'supply-worker', name: 'Pat Jones', organisation: 'Supply Co' },
  account: 'A pupil said the supply teacher grabbed her arm hard enough to bruise.',
  occurredAt: '2026-12-03T09:00:00Z',
  childIds: ['child-001'],
  harms: ['harmed-child'],
  ...overrides,
});
async function logAt(at: string, who: Reachable, body: Record<string, unknown>) {
  clock = new Date(at);
  return createAdultConcern(deps, ctxOf(who), { ...body, occurredAt: new Date(clock.getTime() - 3_600_000).toISOString() });
}

beforeAll(async () => {
  cosmos = await startTestCosmos();
  deps = { store: cosmos.store, clock: () => clock, newId: () => randomUUID(), people: localPeopleDirectory() };
  school = { ...demoSchool(), adultConcerns: { caseManagerGroups: [DEMO_GROUPS.head], chairGroups: [CHAIR_GROUP], dslsRead: false } };
  await cosmos.store.schools.create(school);
  for (const c of demoChildren().slice(0, 3)) await cosmos.store.children.create(c);
});
afterAll(() => cosmos.close());

describe('allegations: the LADO within one working day', () => {
  it('is due by the end of the next working day (school calendar: weekends and bank holidays skipped)', async () => {
    const thu = await logAt('2026-12-03T10:00:00Z', HEAD, allegation());
    expect((thu.body as unknown as { lado: { dueAt: string } }).lado.dueAt).toBe('2026-12-04T17:00:00.000Z');
    const fri = await logAt('2026-12-04T15:00:00Z', HEAD, allegation());
    expect((fri.body as unknown as { lado: { dueAt: string } }).lado.dueAt).toBe('2026-12-07T17:00:00.000Z');
    const christmasEve = await logAt('2026-12-24T11:00:00Z', HEAD, allegation());
    expect((christmasEve.body as unknown as { lado: { dueAt: string } }).lado.dueAt).toBe('2026-12-29T17:00:00.000Z'); // 25 and 28 Dec are bank holidays
  });

  it('a referral not made by then raises one alert to the case managers, naming nobody; none to DSLs or the adult concerned', async () => {
    // A teacher logs it about a colleague; the colleague has since joined the head's group: they still get nothing.
    const colleague = { ...persona('teacher2'), groups: [...persona('teacher2').groups, DEMO_GROUPS.head] };
    const logged = await logAt('2026-11-10T10:00:00Z', persona('teacher'), allegation({ subject: { kind: 'staff', oid: persona('teacher2').oid } }));
    const { id } = logged.body as { id: string };
    const { channel, sent } = recordingChannel([HEAD, CHAIR, colleague, persona('dsl'), persona('deputy'), persona('teacher'), persona('admin')]);
    const mine = () => sent.filter((s) => s.alert.id.includes(id));

    await sweep('2026-11-11T16:59:00Z', channel); // due Wed 11 Nov 17:00: not yet
    expect(mine()).toHaveLength(0);
    await sweep('2026-11-11T17:05:00Z', channel);
    await sweep('2026-11-12T09:00:00Z', channel);
    await sweep('2026-11-13T09:00:00Z', channel);
    expect(mine().map((s) => s.oid)).toEqual([HEAD.oid]);
    const [alert] = mine();
    expect(alert!.alert).toMatchObject({ kind: 'overdue', audience: 'case-managers', source: 'deadline' });
    expect(alert!.text).toMatch(/^LADO referral for allegation A-[2-9A-Z]{6} is overdue since Wed 11 Nov — open Lantern$/);
    for (const name of ['Chris', 'Evans', 'Jo Bennett', 'Amara', 'Okafor', 'Pat Jones', 'bruise']) expect(alert!.text).not.toContain(name);

    // The DSL alert inbox never lists it.
    const inbox = await listAlerts(deps, ctxOf(persona('dsl')), {});
    expect(JSON.stringify(inbox)).not.toContain(id);
  });

  it('an allegation about the headteacher alerts the chair, not the head', async () => {
    const logged = await logAt('2026-11-16T10:00:00Z', persona('teacher'), allegation({ aboutHeadteacher: true }));
    const { id } = logged.body as { id: string };
    const { channel, sent } = recordingChannel([HEAD, CHAIR, persona('dsl')]);
    await sweep('2026-11-17T18:00:00Z', channel);
    expect(sent.filter((s) => s.alert.id.includes(id)).map((s) => s.oid)).toEqual([CHAIR.oid]);
  });

  it('a referral recorded in time raises nothing; a case manager records the case through to its outcome and retention review', async () => {
    const logged = await logAt('2026-11-23T10:00:00Z', HEAD, allegation());
    let { record, etag } = await getAdultConcern(deps, ctxOf(HEAD), (logged.body as { id: string }).id);
    const step = async (at: string, body: Record<string, unknown>) => {
      clock = new Date(at);
      ({ record, etag } = await updateAdultConcern(deps, ctxOf(HEAD), record.id, body, etag) as never);
    };
    await step('2026-11-23T11:00:00Z', { op: 'initialConsideration', summary: 'Basic facts gathered; no investigation. Meets the harms threshold.' });
    await step('2026-11-23T12:00:00Z', { op: 'ladoReferral', referredAt: '2026-11-23T11:45:00Z', advice: 'Strategy discussion not needed; agency informed.' });
    const { channel, sent } = recordingChannel([HEAD, CHAIR]);
    await sweep('2026-11-25T09:00:00Z', channel);
    expect(sent.filter((s) => s.alert.id.includes(record.id))).toHaveLength(0);
    await step('2026-11-30T10:00:00Z', { op: 'ladoContact', at: '2026-11-30T09:30:00Z', summary: 'LADO called back: evaluation complete.' });
    await expect(updateAdultConcern(deps, ctxOf(HEAD), record.id, { op: 'close' }, etag)).rejects.toMatchObject({ code: 'invalid_state' });
    await step('2026-12-01T10:00:00Z', { op: 'outcome', outcome: 'unsubstantiated', decidedAt: '2026-12-01', summary: 'Insufficient evidence either way.', pensionAgeOn: '2049-04-02' });
    expect(record).toMatchObject({
      outcome: { outcome: 'unsubstantiated' },
      outcomeDefinition: 'There is insufficient evidence either to prove or disprove the allegation.',
      retention: { reviewOn: '2049-04-02', action: 'review' },
      lado: { referredAt: '2026-11-23T11:45:00Z', contacts: [{ summary: 'LADO called back: evaluation complete.' }] },
    });
    await step('2026-12-01T11:00:00Z', { op: 'close' });
    expect(record.status).toBe('closed');
    expect(record.version).toBe(6);

    const malicious = await logAt('2026-11-24T10:00:00Z', HEAD, allegation());
    const m = await getAdultConcern(deps, ctxOf(HEAD), (malicious.body as { id: string }).id);
    clock = new Date('2026-12-02T10:00:00Z');
    const out = await updateAdultConcern(deps, ctxOf(HEAD), m.record.id, { op: 'outcome', outcome: 'malicious', decidedAt: '2026-12-02', summary: 'Made up to deceive.' }, m.etag);
    expect(out.record.retention).toMatchObject({ reviewOn: '2026-12-02', action: 'remove-from-personnel-record' });
  });

  it('bad changes are refused with what to fix, and the adult concerned cannot change it', async () => {
    const logged = await logAt('2026-12-01T10:00:00Z', HEAD, allegation());
    const { record, etag } = await getAdultConcern(deps, ctxOf(HEAD), (logged.body as { id: string }).id);
    await expect(updateAdultConcern(deps, ctxOf(HEAD), record.id, { op: 'outcome', outcome: 'probably', decidedAt: '2026-12-01', summary: 'x' }, etag))
      .rejects.toMatchObject({ code: 'validation_failed', problems: [{ path: 'outcome' }] });
    await expect(updateAdultConcern(deps, ctxOf(HEAD), record.id, { op: 'review', actionTaken: 'Spoke to them.' }, etag)).rejects.toMatchObject({ code: 'invalid_state' });
    await expect(updateAdultConcern(deps, ctxOf(HEAD), record.id, { op: 'ladoReferral', referredAt: '2026-12-01T10:30:00Z' }, '"stale"')).rejects.toMatchObject({ code: 'version_conflict' });
    await expect(updateAdultConcern(deps, ctxOf(persona('dsl')), record.id, { op: 'ladoReferral', referredAt: '2026-12-01T10:30:00Z' }, etag)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a low-level concern reviewed and then treated as an allegation starts the LADO clock from that moment', async () => {
    const logged = await logAt('2026-12-07T09:00:00Z', persona('teacher'), { kind: 'low-level', subject: { kind: 'volunteer', name: 'Sam Lee', organisation: 'Reading club' }, account: 'Messaged a pupil on social media.', childIds: [] });
    let { record, etag } = await getAdultConcern(deps, ctxOf(HEAD), (logged.body as { id: string }).id);
    expect(record.lado).toBeUndefined();
    clock = new Date('2026-12-07T10:00:00Z');
    ({ record, etag } = await updateAdultConcern(deps, ctxOf(HEAD), record.id, { op: 'review', actionTaken: 'Spoke to the volunteer; reminded of the code of conduct.' }, etag) as never);
    clock = new Date('2026-12-08T15:00:00Z'); // Tuesday: due by the end of Wednesday
    ({ record, etag } = await updateAdultConcern(deps, ctxOf(HEAD), record.id, { op: 'treatAsAllegation', harms: ['risk-of-harm'] }, etag) as never);
    expect(record).toMatchObject({ kind: 'allegation', harms: ['risk-of-harm'], lado: { dueAt: '2026-12-09T17:00:00.000Z' }, review: { actionTaken: 'Spoke to the volunteer; reminded of the code of conduct.' } });
    const { channel, sent } = recordingChannel([HEAD]);
    await sweep('2026-12-09T17:30:00Z', channel);
    expect(sent.filter((s) => s.alert.id.includes(record.id))).toHaveLength(1);
  });

  it('every record and change is under the tamper evidence (audit:verify)', async () => {
    const check = await verifySchoolAudit(cosmos.store, school.id);
    expect(check.problems).toEqual([]);
    const { records } = await cosmos.store.adultConcerns.all(school.id);
    const tampered = { ...records[0]!, account: 'Rewritten in the store.' };
    await cosmos.database.container(RECORDS_CONTAINER).items.upsert(tampered);
    const after = await verifySchoolAudit(cosmos.store, school.id);
    expect(after.problems.map((p) => p.recordId)).toContain(tampered.id);
  });
});
