import { chainedEvent } from '../audit/audit-writer.js';
import { localDate } from '../calendar/local-time.js';
import { invalid, LanternError } from '../errors.js';
import { requestDueOn, sarDueAt } from '../model/sar-deadline.js';
import { calendarFor } from '../calendar/school-calendar.js';
import type { SubjectAccessRequest } from '../model/subject-access.js';
import { parseInput } from '../validation/parse.js';
import { subjectAccessInputSchema, type SubjectAccessInput } from '../validation/subject-access-input.js';
import { requestHash, validIdempotencyKey } from './concern-ids.js';
import type { Deps, RequestContext } from './context.js';
import { guardSubjectAccess } from './subject-access-access.js';
import { subjectAccessId, subjectAccessRef } from './subject-access-ids.js';

/** Records a subject access request: due one calendar month after receipt. Idempotency-Key makes a retry safe. */
export async function createSubjectAccessRequest(deps: Deps, ctx: RequestContext, body: unknown, idempotencyKey?: string) {
  await guardSubjectAccess(deps, ctx, 'create', 'subjectAccess.create');
  const input = parseInput(subjectAccessInputSchema, body, 'subject access request');
  const key = idempotencyKey === undefined ? undefined : validIdempotencyKey(idempotencyKey);
  await checkInput(deps, ctx, input);
  const sar = build(deps, ctx, input, key);
  const event = chainedEvent(deps, ctx, { action: 'subjectAccess.create', recordType: 'subjectAccessRequest', recordId: sar.id }, 1, undefined, { record: sar });
  sar.auditHead = event.hash;
  try {
    const created = await deps.store.subjectAccess.create(sar, event);
    return { sar: created.value, etag: created.etag, replayed: false };
  } catch (e) {
    if (!(key && e instanceof LanternError && e.code === 'already_exists')) throw e;
    const original = await deps.store.subjectAccess.get(ctx.school.id, sar.id);
    if (!original || original.value.requestHash !== sar.requestHash) {
      throw new LanternError('idempotency_key_reused', 'This Idempotency-Key was already used for a different request. Use a new key.');
    }
    return { sar: original.value, etag: original.etag, replayed: true };
  }
}

async function checkInput(deps: Deps, ctx: RequestContext, input: SubjectAccessInput) {
  const today = localDate(deps.clock(), ctx.school.timeZone);
  if (input.receivedOn > today) throw invalid('receivedOn: cannot be in the future.', [{ path: 'receivedOn', message: 'cannot be in the future' }]);
  if (input.identity.checkedOn && input.identity.checkedOn > today) {
    throw invalid('identity.checkedOn: cannot be in the future.', [{ path: 'identity.checkedOn', message: 'cannot be in the future' }]);
  }
  const [child] = await deps.store.children.getMany(ctx.school.id, [input.childId]);
  if (!child) throw invalid('childId: no child with this id at your school.', [{ path: 'childId', message: 'no child with this id at your school' }]);
}

function build(deps: Deps, ctx: RequestContext, input: SubjectAccessInput, key: string | undefined): SubjectAccessRequest {
  const id = subjectAccessId(ctx.school.id, ctx.actor.oid, key, deps.newId);
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const now = deps.clock().toISOString();
  const cal = calendarFor(ctx.school);
  const dueOn = requestDueOn({ receivedOn: input.receivedOn, requestType: input.requestType }, (start, n) => {
    try {
      return cal.addDaysOf('school', start, n);
    } catch {
      throw new LanternError('invalid_state', "The school's term dates do not cover the next 15 school days; an admin must add the term dates before a request to see the educational record can be timed.");
    }
  });
  return {
    id,
    type: 'subjectAccessRequest',
    schoolId: ctx.school.id,
    ref: subjectAccessRef(id),
    childId: input.childId,
    requester: input.requester,
    receivedOn: input.receivedOn,
    ...(input.requestType ? { requestType: input.requestType } : {}),
    identity: { ...input.identity, ...(input.identity.checked ? { by: me } : {}) },
    notes: input.notes ?? '',
    status: 'open',
    dueOn,
    dueAt: sarDueAt(dueOn, ctx.school.timeZone).toISOString(),
    deadlineCycle: 1,
    redactionDecisions: [],
    releases: [],
    createdBy: me,
    createdAt: now,
    version: 1,
    updatedAt: now,
    updatedBy: me,
    auditHead: '',
    requestHash: key ? requestHash(input) : undefined,
  };
}
