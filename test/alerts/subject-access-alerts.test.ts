import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from '../../src/alerts/sweep.js';
import type { Alert } from '../../src/core/model/alert.js';
import { resolveActor } from '../../src/core/model/resolve-actor.js';
import type { School } from '../../src/core/model/school.js';
import type { AlertChannel, Reachable } from '../../src/core/ports/alert-channel.js';
import type { Deps } from '../../src/core/usecases/context.js';
import { createSubjectAccessRequest } from '../../src/core/usecases/create-subject-access-request.js';
import { updateSubjectAccessRequest } from '../../src/core/usecases/update-subject-access-request.js';
import { DEMO_TENANT_ID, personaByKey } from '../../src/local/demo-identity.js';
import { demoChildren, demoSchool } from '../../src/local/demo-school.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';

let cosmos: TestCosmos;
let deps: Deps;
let school: School;
let clock = new Date('2026-11-02T10:00:00Z');

function recordingChannel(people: Reachable[]) {
  const sent: { oid: string; text: string; alert: Alert }[] = [];
  const channel: AlertChannel = { reachable: async () => people, send: async (_s, oid, alert, text) => void sent.push({ oid, text, alert }) };
  return { channel, sent };
}
const person = (key: string): Reachable => {
  const p = personaByKey(key)!;
  return { oid: p.oid, name: p.name, groups: p.groups };
};
const ctxOf = (key: string) => {
  const p = personaByKey(key)!;
  return { actor: resolveActor({ tenantId: DEMO_TENANT_ID, oid: p.oid, name: p.name, groups: p.groups }, school), school, correlationId: 'test' };
};
const sweep = (at: string, channel?: AlertChannel) => {
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

async function newRequest(receivedOn: string) {
  clock = new Date('2026-11-02T10:00:00Z');
  const body = { childId: 'child-001', requester: { name: 'A parent', relationship: 'parent-carer' }, receivedOn, identity: { checked: false } };
  return createSubjectAccessRequest(deps, ctxOf('dsl'), body);
}

describe('subject access deadline alerts', () => {
  it('raises due-soon and then overdue once each, delivered once to each DSL, naming no child', async () => {
    const { sar } = await newRequest('2026-10-31'); // due by Mon 30 Nov (30 Nov is the last day; 31 Nov does not exist)
    expect(sar.dueOn).toBe('2026-11-30');
    const { channel, sent } = recordingChannel([person('dsl'), person('deputy'), person('teacher')]);
    const mine = () => sent.filter((s) => s.alert.id.includes(sar.id));

    await sweep('2026-11-20T09:00:00Z', channel); // 10 days before: nothing yet
    expect(mine()).toHaveLength(0);
    await sweep('2026-11-27T09:00:00Z', channel);
    await sweep('2026-11-27T09:30:00Z', channel);
    expect(mine().map((s) => s.oid).sort()).toEqual([person('dsl').oid, person('deputy').oid].sort());
    expect(mine()[0]!.alert.id).toBe(`alert:sar:${sar.id}:d1:due-soon`);
    expect(mine()[0]!.text).toBe(`Subject access request ${sar.ref} is due in 3 days (by Mon 30 Nov) — open Lantern`);

    await sweep('2026-12-01T09:00:00Z', channel);
    await sweep('2026-12-02T09:00:00Z', channel);
    const overdue = mine().filter((s) => s.alert.kind === 'overdue');
    expect(overdue).toHaveLength(2);
    expect(overdue[0]!.text).toBe(`Subject access request ${sar.ref} is overdue since Tue 1 Dec — open Lantern`);
    for (const s of mine()) expect(s.text).not.toMatch(/Amara|Okafor/);
  });

  it('re-arms after an extension, for the new date only, and stops once the request is closed', async () => {
    const created = await newRequest('2026-09-30');
    const { channel, sent } = recordingChannel([person('dsl')]);
    await sweep('2026-10-26T09:00:00Z', channel); // due 30 Oct: due soon (an extension is lawful only before the deadline)
    expect(sent.filter((s) => s.alert.id.includes(created.sar.id)).map((s) => s.alert.kind)).toEqual(['due-soon']);
    clock = new Date('2026-10-26T10:00:00Z');
    const extended = await updateSubjectAccessRequest(deps, ctxOf('dsl'), created.sar.id, { op: 'extend', reason: 'Complex request: many records' }, created.etag);
    expect(extended.sar.dueOn).toBe('2026-12-30');
    await sweep('2026-12-24T09:00:00Z', channel);
    const ids = sent.filter((s) => s.alert.id.includes(created.sar.id)).map((s) => s.alert.id);
    expect(ids).toEqual([`alert:sar:${created.sar.id}:d1:due-soon`, `alert:sar:${created.sar.id}:d2:due-soon`]);
    clock = new Date('2026-12-24T10:00:00Z');
    await updateSubjectAccessRequest(deps, ctxOf('dsl'), created.sar.id, { op: 'close', outcome: 'Released on 24 Dec' }, extended.etag);
    await sweep('2027-01-05T09:00:00Z', channel);
    expect(sent.filter((s) => s.alert.id.includes(created.sar.id))).toHaveLength(2);
  });

  it('reads only open requests due by the horizon (closed history is never scanned)', async () => {
    const spec = (await import('../../src/store/subject-access-store.js')).subjectAccessSql('s', { status: 'open', dueBy: '2026-12-01T00:00:00Z' });
    expect(spec.query).toContain("c.status = @status");
    expect(spec.query).toContain('c.dueAt <= @dueBy');
    expect(spec.query).toContain('c.schoolId = @schoolId');
  });
});
