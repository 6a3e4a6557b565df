import { audit, chainedEvent } from '../audit/audit-writer.js';
import { calendarFor } from '../calendar/school-calendar.js';
import { LanternError, invalid, type FieldProblem } from '../errors.js';
import { allowAdultConcern, allowAdultConcerns } from '../policy/index.js';
import type { Versioned } from '../ports/store.js';
import { parseInput } from '../validation/parse.js';
import { requestHash, validIdempotencyKey } from '../usecases/concern-ids.js';
import { checkNotFuture } from '../usecases/check-references.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { resolveStaff } from '../usecases/resolve-staff.js';
import { RECORD_TYPE, type AdultConcern, type AdultSubject, type CaseManagerRoute } from './adult-concern.js';
import { adultConcernId, adultConcernRef } from './adult-concern-ids.js';
import { adultConcernInputSchema, type AdultConcernInput } from './adult-concern-input.js';
import { adultConcernReceipt, adultConcernView } from './adult-concern-view.js';

const ACTION = 'adultConcern.create';

/** The LADO is to be consulted within one working day: by the end of the next working day. */
export const ladoDueAt = (deps: Deps, ctx: RequestContext, from: Date) => calendarFor(ctx.school).dueAt(from, { amount: 1, unit: 'working-days' }).toISOString();

/**
 * Logs a low-level concern or an allegation about an adult. Any member of staff
 * may, about a colleague, someone from outside (supply, volunteer, contractor)
 * or themselves. Unless they are one of its readers, they get a receipt only.
 */
export async function createAdultConcern(deps: Deps, ctx: RequestContext, body: unknown, idempotencyKey?: string) {
  if (!allowAdultConcerns(ctx.actor, 'create', ctx.school.adultConcerns)) {
    await audit(deps, ctx, { action: ACTION, recordType: RECORD_TYPE, recordId: '-', outcome: 'denied' });
    throw new LanternError('forbidden', 'Only members of staff can raise a concern about an adult here.');
  }
  const input = parseInput(adultConcernInputSchema, body, 'concern about an adult');
  const key = idempotencyKey === undefined ? undefined : validIdempotencyKey(idempotencyKey);
  checkNotFuture(input.occurredAt, deps.clock(), 'occurredAt');
  const childIds = [...new Set(input.childIds)];
  await checkChildIds(deps, ctx, childIds);
  const subject = await subjectOf(deps, ctx, input);
  const route = await routeFor(deps, ctx, subject, input.aboutHeadteacher);
  const record = build(deps, ctx, input, key, subject, route, childIds);
  const earlier = key ? await replayed(deps, ctx, record) : undefined;
  if (earlier) return result(ctx, earlier, true);
  const event = chainedEvent(deps, ctx, { action: ACTION, recordType: RECORD_TYPE, recordId: record.id }, 1, undefined, { record });
  record.auditHead = event.hash;
  try {
    return result(ctx, await deps.store.adultConcerns.create(record, event), false);
  } catch (e) {
    const replay = key && e instanceof LanternError && e.code === 'already_exists' ? await replayed(deps, ctx, record) : undefined;
    if (replay) return result(ctx, replay, true);
    throw e;
  }
}

function result(ctx: RequestContext, saved: Versioned<AdultConcern>, replayedWrite: boolean) {
  const reader = allowAdultConcern(ctx.actor, 'read', saved.value, ctx.school.adultConcerns);
  return {
    body: reader ? adultConcernView(ctx.actor, saved.value, ctx.school.adultConcerns) : adultConcernReceipt(saved.value),
    etag: reader ? saved.etag : undefined,
    replayed: replayedWrite,
  };
}

async function checkChildIds(deps: Deps, ctx: RequestContext, ids: string[]) {
  if (ids.length === 0) return;
  const found = new Set((await deps.store.children.getMany(ctx.school.id, ids)).map((c) => c.id));
  const problems: FieldProblem[] = ids
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => !found.has(id))
    .map(({ i }) => ({ path: `childIds.${i}`, message: 'no child with this id at your school' }));
  if (problems.length) throw invalid(`Unknown child — ${problems[0]!.path}: ${problems[0]!.message}.`, problems);
}

async function subjectOf(deps: Deps, ctx: RequestContext, input: AdultConcernInput): Promise<AdultSubject> {
  if (input.selfReport) return { kind: 'staff', oid: ctx.actor.oid.toLowerCase(), name: ctx.actor.name };
  const s = input.subject!;
  if (s.kind !== 'staff') return s;
  const [person] = await resolveStaff(deps, ctx, [{ oid: s.oid, name: '' }], 'subject').catch((e: unknown) => {
    if (!(e instanceof LanternError && e.code === 'validation_failed')) throw e;
    const message = 'is not a member of staff at your school; for a supply worker, volunteer or contractor give their name and organisation';
    throw invalid(`subject.oid ${message}.`, [{ path: 'subject.oid', message }]);
  });
  return { kind: 'staff', oid: person!.oid, name: person!.name };
}

/**
 * An allegation about the headteacher goes to the chair of governors: when the
 * person logging it says so, or when the directory has the adult in the case
 * managers' own group. A directory that does not answer refuses the write, so a
 * record about the head can never be routed to the head by default.
 */
async function routeFor(deps: Deps, ctx: RequestContext, subject: AdultSubject, aboutHead: boolean): Promise<CaseManagerRoute> {
  if (aboutHead) return 'chair';
  if (subject.kind !== 'staff' || !deps.people) return 'headteacher';
  const groups = ctx.school.adultConcerns?.caseManagerGroups ?? [];
  try {
    const members = await Promise.all(groups.map((g) => deps.people!.membersOf(ctx.school.tenantId, g)));
    return members.flat().some((p) => p.oid.toLowerCase() === subject.oid) ? 'chair' : 'headteacher';
  } catch {
    throw new LanternError('store_unavailable', 'The staff directory did not answer, so Lantern cannot tell who should handle this. Nothing was saved; try again shortly.');
  }
}

async function replayed(deps: Deps, ctx: RequestContext, record: AdultConcern): Promise<Versioned<AdultConcern> | undefined> {
  const original = await deps.store.adultConcerns.get(ctx.school.id, record.id);
  if (!original) return undefined;
  if (original.value.requestHash !== record.requestHash) {
    throw new LanternError('idempotency_key_reused', 'This Idempotency-Key was already used for a different record. Use a new key.');
  }
  return original;
}

function build(
  deps: Deps, ctx: RequestContext, input: AdultConcernInput, key: string | undefined, subject: AdultSubject, route: CaseManagerRoute, childIds: string[],
): AdultConcern {
  const id = adultConcernId(ctx.school.id, ctx.actor.oid, key, deps.newId);
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const now = deps.clock();
  const at = now.toISOString();
  const due = input.kind === 'allegation' ? ladoDueAt(deps, ctx, now) : undefined;
  return {
    id,
    type: 'adultConcern',
    schoolId: ctx.school.id,
    ref: adultConcernRef(id),
    kind: input.kind,
    subject,
    route,
    selfReport: input.selfReport,
    account: input.account,
    occurredAt: input.occurredAt,
    childIds,
    ...(input.harms && { harms: [...new Set(input.harms)] }),
    status: 'open',
    ...(due && { lado: { dueAt: due, contacts: [] }, ladoDueAt: due }),
    createdBy: me,
    recordedAt: at,
    version: 1,
    updatedAt: at,
    updatedBy: me,
    auditHead: '',
    ...(key && { requestHash: requestHash(input) }),
  };
}
