import { chainedEvent } from '../audit/audit-writer.js';
import { parseInput } from '../validation/parse.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import type { ChildAdult } from './family.js';
import { loadFamilyChildren } from './family-access.js';
import { childAdultId } from './family-ids.js';
import { childAdultInputSchema } from './family-input.js';

const ACTION = 'childAdult.create';

/** A DSL records an adult in a child's life and whether they hold parental responsibility. Recording them twice adds nothing. */
export async function addChildAdult(deps: Deps, ctx: RequestContext, childId: string, body: unknown) {
  const input = parseInput(childAdultInputSchema, body, 'adult');
  await loadFamilyChildren(deps, ctx, [childId], 'editFamily', ACTION);
  const id = childAdultId(ctx.school.id, childId, input.name, input.relationship);
  const existing = (await deps.store.family.adultsOf(ctx.school.id, childId)).find((a) => a.id === id);
  if (existing) return { adult: existing, created: false };
  const adult: ChildAdult = {
    ...input, id, type: 'childAdult', schoolId: ctx.school.id, childId, source: 'dsl',
    createdBy: { oid: ctx.actor.oid, name: ctx.actor.name }, recordedAt: deps.clock().toISOString(), version: 1, auditHead: '',
  };
  const event = chainedEvent(deps, ctx, { action: ACTION, recordType: 'childAdult', recordId: id }, 1, undefined, { record: adult });
  adult.auditHead = event.hash;
  return { adult: (await deps.store.family.createAdult(adult, event)).value, created: true };
}
