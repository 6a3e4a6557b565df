import { LanternError } from '../core/errors.js';
import { resolveActor } from '../core/model/resolve-actor.js';
import type { School } from '../core/model/school.js';
import type { Deps, RequestContext } from '../core/usecases/context.js';
import { createConcern } from '../core/usecases/create-concern.js';
import { updateConcern } from '../core/usecases/update-concern.js';
import { createReferral } from '../core/usecases/create-referral.js';
import { createSubjectAccessRequest } from '../core/usecases/create-subject-access-request.js';
import { calendarFor } from '../core/calendar/school-calendar.js';
import { addDays, instantAt, localDate } from '../core/calendar/local-time.js';
import { DEMO_SCHOOL_ID, DEMO_TENANT_ID, personaByKey } from './demo-identity.js';
import { demoChildren, demoLeavers, demoSchool } from './demo-school.js';
import { seedRecordsForLife } from './seed-records.js';
import { seedChildFile } from './seed-child-file.js';
import { localPeopleDirectory } from './local-people.js';

const SEED_LEASE = `seed:${DEMO_SCHOOL_ID}`;
const SEED_LEASE_MS = 60_000;

/**
 * Seeds the demo school once; a store that already has it is left alone.
 * Instances starting together on one store take turns through a lease: one
 * seeds, the others wait for its school document (or take over an expired lease).
 */
export async function seedDemoSchool(deps: Deps): Promise<boolean> {
  const holder = `seed-${deps.newId()}`;
  for (;;) {
    if (await deps.store.schools.get(DEMO_SCHOOL_ID)) return false;
    if (await deps.store.leases.acquire(SEED_LEASE, holder, SEED_LEASE_MS, deps.clock())) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  try {
    if (await deps.store.schools.get(DEMO_SCHOOL_ID)) return false;
    // The demo school's staff are the personas: their names come from them even where no directory is wired.
    await seedOnce(deps.people ? deps : { ...deps, people: localPeopleDirectory() });
    return true;
  } finally {
    await deps.store.leases.release(SEED_LEASE, holder);
  }
}

/** Every step may already have happened (an interrupted seed is redone): creates ignore what exists. */
async function seedOnce(deps: Deps) {
  const school = demoSchool();
  for (const child of demoChildren()) await deps.store.children.create(child).catch(ignoreExisting);
  const leftOn = addDays(localDate(deps.clock(), school.timeZone), -5);
  for (const child of demoLeavers(leftOn)) await deps.store.children.create(child).catch(ignoreExisting);
  await seedConcerns(deps, school);
  await seedRecordsForLife(deps, { teacher: as('teacher', school), dsl: as('dsl', school) });
  // The school document goes last: a seed interrupted halfway is redone on the next start.
  await deps.store.schools.create(school).catch(ignoreExisting);
}

const ignoreExisting = (e: unknown) => {
  if (!(e instanceof LanternError && e.code === 'already_exists')) throw e;
};

function as(persona: string, school: School): RequestContext {
  const p = personaByKey(persona)!;
  const actor = resolveActor({ tenantId: DEMO_TENANT_ID, oid: p.oid, name: p.name, groups: p.groups }, school);
  return { actor, school, correlationId: `seed-${persona}` };
}

async function seedConcerns(deps: Deps, school: School) {
  // Whole days at a fixed time of day: a seed redone later sends the same bodies, so its idempotency keys replay.
  const today = localDate(deps.clock(), school.timeZone);
  const ago = (days: number) => instantAt(addDays(today, -days), '10:00', school.timeZone).toISOString();
  const teacher = as('teacher', school);
  const teacher2 = as('teacher2', school);
  const dsl = as('dsl', school);
  const dslRef = { oid: dsl.actor.oid, name: dsl.actor.name };
  const log = (ctx: RequestContext, key: string, body: object) => createConcern(deps, ctx, body, `seed-${key}`);

  await log(teacher, 'welfare-1', {
    children: [{ childId: 'child-008', role: 'subject' }],
    categories: ['welfare'],
    account: 'Arrived without a coat again and said "Mum forgot". Was hungry at break and ate two breakfasts.',
    occurredAt: ago(12), location: 'Classroom 4', actionTaken: 'Gave spare coat and toast.',
    parentsInformed: { informed: true },
  });
  await log(teacher, 'welfare-2', {
    children: [{ childId: 'child-008', role: 'subject' }],
    categories: ['welfare', 'attendance'],
    account: 'Late for the third day this week; looked tired and said he was "up all night with the baby".',
    occurredAt: ago(6), location: 'Front office', actionTaken: 'Logged the late mark.',
    parentsInformed: { informed: false, reason: 'Waiting for DSL advice before contacting home.' },
    alertedStaff: [dslRef],
  });
  await log(teacher2, 'bullying-1', {
    children: [{ childId: 'child-003', role: 'victim' }, { childId: 'child-010', role: 'alleged-perpetrator' }, { childId: 'child-017', role: 'witness' }],
    categories: ['bullying'],
    account: 'Chloe said Jacob pushed her against the fence and called her names at lunch. Ruby saw it.',
    occurredAt: ago(3), location: 'Playground', actionTaken: 'Separated the children, spoke to both.',
    parentsInformed: { informed: true },
  });
  const send = await log(teacher, 'send-1', {
    children: [{ childId: 'child-012', role: 'subject' }],
    categories: ['send'],
    account: 'Very distressed by the fire alarm drill; covered ears and hid under the table for 20 minutes.',
    occurredAt: ago(2), location: 'Year 5 classroom', actionTaken: 'Quiet room with TA.',
    parentsInformed: { informed: true },
  });
  const safeguarding = await log(teacher2, 'safeguarding-1', {
    children: [{ childId: 'child-008', role: 'subject' }],
    categories: ['safeguarding'],
    account: 'Noticed bruising on his upper arm when changing for PE. He said "I fell off my bike".',
    occurredAt: ago(6), location: 'Hall (PE)', actionTaken: 'Recorded words verbatim; told the DSL in person.',
    parentsInformed: { informed: false, reason: 'Not told pending DSL decision, per safeguarding policy.' },
    alertedStaff: [dslRef],
  });
  if (send.concern.status === 'new') {
    await updateConcern(deps, dsl, send.concern.id, { op: 'triage', decision: 'monitor', reasons: 'Share with SENCO; adjust drill arrangements.' }, send.etag);
  }
  await seedReferral(deps, school, dsl, safeguarding.concern.id);
  await seedChildFile(deps, dsl, safeguarding.concern.id);
  await seedSubjectAccess(deps, school, dsl);
}

/** A referral to children's social care whose one-working-day decision falls due at the end of today. */
async function seedReferral(deps: Deps, school: School, dsl: RequestContext, concernId: string) {
  const calendar = calendarFor(school);
  let day = localDate(deps.clock(), school.timeZone);
  do day = addDays(day, -1);
  while (!calendar.isWorkingDay(day));
  await createReferral(deps, dsl, {
    concernId, childId: 'child-008', agency: 'childrens-social-care', madeAt: instantAt(day, '10:00', school.timeZone).toISOString(),
    method: 'phone', reference: 'MASH-2026-0417',
  }, 'seed-referral-1');
}

/** A parent's subject access request received 26 days ago: due within the week, so the DSL home shows it. */
async function seedSubjectAccess(deps: Deps, school: School, dsl: RequestContext) {
  const receivedOn = addDays(localDate(deps.clock(), school.timeZone), -26);
  await createSubjectAccessRequest(deps, dsl, {
    childId: 'child-008', requester: { name: 'Parent of the child', relationship: 'parent-carer' }, receivedOn,
    identity: { checked: true, method: 'known-to-school', checkedOn: receivedOn },
  }, 'seed-subject-access-1');
}
