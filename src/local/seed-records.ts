import { addDays, instantAt, localDate } from '../core/calendar/local-time.js';
import type { Deps, RequestContext } from '../core/usecases/context.js';
import { createConcern } from '../core/usecases/create-concern.js';
import { createTransfer } from '../core/usecases/create-transfer.js';
import { updateConcern } from '../core/usecases/update-concern.js';

/**
 * Records-for-life demo data, through the same use cases as the API: a former
 * pupil's closed file that is past its review date (on the retention queue),
 * and a leaver with an open file whose transfer to a new school has started.
 * Every step is retry-safe (fixed idempotency keys, day-rounded dates), so an
 * interrupted seed can run again.
 */
export async function seedRecordsForLife(deps: Deps, staff: { teacher: RequestContext; dsl: RequestContext }) {
  await seedFormerPupilFile(deps, staff);
  await seedLeaverTransfer(deps, staff);
}

async function seedFormerPupilFile(deps: Deps, { teacher, dsl }: { teacher: RequestContext; dsl: RequestContext }) {
  const logged = await createConcern(deps, teacher, {
    children: [{ childId: 'former-001', role: 'subject' }],
    categories: ['welfare', 'attendance'],
    account: 'Transcribed from the paper file (June 2010): Hannah often arrived late and hungry; Year 6 teacher gave breakfast and spoke to her grandmother.',
    occurredAt: '2010-06-14T08:50:00Z', location: 'Year 6 classroom', actionTaken: 'Breakfast club place offered.',
    parentsInformed: { informed: true },
  }, 'seed-former-1');
  const id = logged.concern.id;
  let { etag } = logged;
  let status: string = logged.concern.status;
  if (status === 'new') {
    const triaged = await updateConcern(deps, dsl, id, { op: 'triage', decision: 'monitor', reasons: 'Monitor until the end of Year 6.' }, etag);
    ({ etag } = triaged);
    status = triaged.concern.status;
  }
  if (status === 'triaged') {
    await updateConcern(deps, dsl, id, {
      op: 'close', outcome: 'Attendance and welfare improved; no further concerns.', summary: 'Closed when Hannah left for secondary school in July 2010; file passed on at the time.',
    }, etag);
  }
}

async function seedLeaverTransfer(deps: Deps, { teacher, dsl }: { teacher: RequestContext; dsl: RequestContext }) {
  const logged = await createConcern(deps, teacher, {
    children: [{ childId: 'leaver-001', role: 'subject' }],
    categories: ['welfare'],
    account: 'Oscar said the family is moving in with an aunt because they lost the flat; he is worried about changing school.',
    occurredAt: instantAt(addDays(localDate(deps.clock(), dsl.school.timeZone), -20), '11:30', dsl.school.timeZone).toISOString(), location: 'Library', actionTaken: 'Listened; told the DSL.',
    parentsInformed: { informed: true },
  }, 'seed-leaver-1');
  if (logged.concern.status === 'new') {
    await updateConcern(deps, dsl, logged.concern.id, { op: 'triage', decision: 'early-help', reasons: 'Housing; pass to the new school with the file.' }, logged.etag);
  }
  await createTransfer(deps, dsl, { childId: 'leaver-001', destination: { name: 'Riverside Primary School', urn: '100234' } }, 'seed-transfer-1');
}
