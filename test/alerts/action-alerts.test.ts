import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from '../../src/alerts/sweep.js';
import { assignAction } from '../../src/core/actions/assign-action.js';
import { changeAction } from '../../src/core/actions/change-action.js';
import { completeAction } from '../../src/core/actions/complete-action.js';
import type { Alert } from '../../src/core/model/alert.js';
import { resolveActor } from '../../src/core/model/resolve-actor.js';
import type { School } from '../../src/core/model/school.js';
import type { AlertChannel, Reachable } from '../../src/core/ports/alert-channel.js';
import type { Deps } from '../../src/core/usecases/context.js';
import { createConcern } from '../../src/core/usecases/create-concern.js';
import { DEMO_TENANT_ID, personaByKey } from '../../src/local/demo-identity.js';
import { localPeopleDirectory } from '../../src/local/local-people.js';
import { demoChildren, demoSchool } from '../../src/local/demo-school.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';

let cosmos: TestCosmos;
let deps: Deps;
let school: School;
let clock = new Date('2026-11-02T10:00:00Z');
const people = localPeopleDirectory();

const person = (key: string): Reachable => {
  const p = personaByKey(key)!;
  return { oid: p.oid, name: p.name, groups: p.groups };
};
const ctxOf = (key: string) => {
  const p = personaByKey(key)!;
  return { actor: resolveActor({ tenantId: DEMO_TENANT_ID, oid: p.oid, name: p.name, groups: p.groups }, school), school, correlationId: 'test' };
};
function recordingChannel() {
  const sent: { oid: string; text: string; alert: Alert }[] = [];
  const everyone = ['dsl', 'deputy', 'teacher', 'teacher2', 'senco'].map(person);
  const channel: AlertChannel = { reachable: async () => everyone, send: async (_s, oid, alert, text) => void sent.push({ oid, text, alert }) };
  return { channel, sent };
}
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

async function actionFor(assignee: string, dueDate: string) {
  clock = new Date('2026-11-02T10:00:00Z');
  const body = {
    children: [{ childId: 'child-001', role: 'subject' }], categories: ['welfare'], account: 'Arrived hungry again.',
    occurredAt: '2026-11-02T08:30:00Z', location: 'Classroom', parentsInformed: { informed: false, reason: 'DSL to decide' },
  };
  const c = await createConcern(deps, ctxOf('teacher'), body);
  const r = await assignAction(deps, ctxOf('dsl'), people, c.concern.id, { description: 'Check in each morning', assigneeOid: person(assignee).oid, dueDate }, c.etag);
  return { concernId: c.concern.id, ref: c.concern.ref, actionId: r.action.id, etag: r.etag };
}

describe('overdue action alerts', () => {
  it('alerts the assignee once when overdue, then the DSLs once a working day later, naming no child', async () => {
    const a = await actionFor('teacher2', '2026-11-04');
    const { channel, sent } = recordingChannel();
    const mine = () => sent.filter((s) => s.alert.id.includes(a.actionId));

    await sweep('2026-11-04T15:00:00Z', channel); // due today: nothing yet
    expect(mine()).toHaveLength(0);
    await sweep('2026-11-05T09:00:00Z', channel);
    await sweep('2026-11-05T09:30:00Z', channel);
    expect(mine().map((s) => s.oid)).toEqual([person('teacher2').oid]);
    expect(mine()[0]!.alert.id).toBe(`alert:action:${a.concernId}:${a.actionId}.c1:overdue`);
    expect(mine()[0]!.text).toBe(`Action on concern ${a.ref} is overdue since Thu 5 Nov — open Lantern`);

    await sweep('2026-11-06T09:00:00Z', channel);
    await sweep('2026-11-06T09:30:00Z', channel);
    const escalated = mine().filter((s) => s.alert.kind === 'escalation');
    expect(escalated.map((s) => s.oid).sort()).toEqual([person('dsl').oid, person('deputy').oid].sort());
    expect(mine()).toHaveLength(3);
    for (const s of mine()) expect(s.text).not.toMatch(/Amara|Okafor|hungry/);
  });

  it('stops once the action is done, and re-arms for a new assignee after a reassignment', async () => {
    const done = await actionFor('teacher2', '2026-11-10');
    const moved = await actionFor('teacher2', '2026-11-10');
    clock = new Date('2026-11-10T12:00:00Z');
    await completeAction(deps, ctxOf('teacher2'), done.concernId, done.actionId, { note: 'Done' });
    await changeAction(deps, ctxOf('dsl'), people, moved.concernId, moved.actionId, { op: 'reassign', assigneeOid: person('teacher').oid }, moved.etag);
    const { channel, sent } = recordingChannel();
    await sweep('2026-11-11T09:00:00Z', channel);
    expect(sent.filter((s) => s.alert.id.includes(done.actionId))).toHaveLength(0);
    const forMoved = sent.filter((s) => s.alert.id.includes(moved.actionId));
    expect(forMoved.map((s) => [s.oid, s.alert.id])).toEqual([[person('teacher').oid, `alert:action:${moved.concernId}:${moved.actionId}.c2:overdue`]]);
  });

  it('raises nothing for a withdrawn action', async () => {
    const w = await actionFor('teacher2', '2026-11-12');
    clock = new Date('2026-11-12T12:00:00Z');
    await changeAction(deps, ctxOf('dsl'), people, w.concernId, w.actionId, { op: 'withdraw' }, w.etag);
    const { channel, sent } = recordingChannel();
    await sweep('2026-11-16T09:00:00Z', channel);
    expect(sent.filter((s) => s.alert.id.includes(w.actionId))).toHaveLength(0);
  });
});
