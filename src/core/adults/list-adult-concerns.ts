import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { allowAdultConcern, allowAdultConcerns } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { RECORD_TYPE, type AdultConcern } from './adult-concern.js';
import { listAdultConcernsQuerySchema } from './adult-concern-input.js';
import { adultConcernReceipt } from './adult-concern-view.js';

/** Repeated concerns about the same adult are a pattern the case managers are shown. */
export const PATTERN_THRESHOLD = 2;
const subjectKey = (c: AdultConcern) => (c.subject.kind === 'staff' ? `staff:${c.subject.oid}` : `${c.subject.kind}:${c.subject.name.toLowerCase()}:${c.subject.organisation.toLowerCase()}`);

/**
 * The case managers' list: the records they may read, newest first, each with
 * how many records the school holds about the same adult that they may read.
 */
export async function listAdultConcerns(deps: Deps, ctx: RequestContext, rawQuery: unknown) {
  const q = parseInput(listAdultConcernsQuerySchema, rawQuery, 'query');
  const facts = { action: 'adultConcern.list', recordType: RECORD_TYPE, recordId: '*' } as const;
  const settings = ctx.school.adultConcerns;
  if (!allowAdultConcerns(ctx.actor, 'list', settings)) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', 'Only the case managers named by your school can see concerns about adults.');
  }
  const readable = (await deps.store.adultConcerns.list(ctx.school.id, {})).filter((c) => allowAdultConcern(ctx.actor, 'read', c, settings));
  const counts = new Map<string, number>();
  for (const c of readable) counts.set(subjectKey(c), (counts.get(subjectKey(c)) ?? 0) + 1);
  const items = readable
    .filter((c) => (!q.kind || c.kind === q.kind) && (!q.status || c.status === q.status))
    .map((c) => {
      const about = counts.get(subjectKey(c)) ?? 1;
      return {
        id: c.id, ref: c.ref, kind: c.kind, status: c.status, subject: c.subject, route: c.route, selfReport: c.selfReport,
        occurredAt: c.occurredAt, recordedAt: c.recordedAt, outcome: c.outcome?.outcome,
        ladoDueAt: c.kind === 'allegation' && !c.lado?.referredAt ? c.lado?.dueAt : undefined,
        recordsAboutThisAdult: about,
        pattern: about >= PATTERN_THRESHOLD,
      };
    });
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  return { items };
}

/** What the caller has logged: that they did and when, never the record or what became of it. */
export async function listMyAdultConcerns(deps: Deps, ctx: RequestContext) {
  const facts = { action: 'adultConcern.listMine', recordType: RECORD_TYPE, recordId: '*' } as const;
  if (!allowAdultConcerns(ctx.actor, 'create', ctx.school.adultConcerns)) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', 'Only members of staff can raise concerns about adults here.');
  }
  const mine = await deps.store.adultConcerns.list(ctx.school.id, { createdBy: ctx.actor.oid.toLowerCase() });
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  return { items: mine.map(adultConcernReceipt) };
}
