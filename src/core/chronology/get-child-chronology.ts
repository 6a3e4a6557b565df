import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import type { Child } from '../model/child.js';
import { allow } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { childDetails, childSummary } from '../usecases/list-children.js';
import { childRecords } from './child-records.js';
import { filterAndSort } from './filter.js';
import { chronologyQuerySchema, type ChronologyQuery } from './query.js';
import { CHRONOLOGY_KINDS, CHRONOLOGY_SOURCES } from './sources.js';

/**
 * Everything the caller may see about one child, from every record kind, merged,
 * filtered and ordered. UPN and date of birth only for those who may see
 * children's details (the rule the children list applies).
 */
export async function getChildChronology(deps: Deps, ctx: RequestContext, childId: string, rawQuery: unknown) {
  const q = parseInput(chronologyQuerySchema, rawQuery, 'query');
  const child = await readableChild(deps, ctx, childId, 'chronology.read');
  const chronology = await buildChronology(deps, ctx, child, q);
  await audit(deps, ctx, { action: 'chronology.read', recordType: 'child', recordId: childId, outcome: 'success' });
  return chronology;
}

/** The child, if the caller may read chronologies; otherwise the refusal is audited and thrown. */
export async function readableChild(deps: Deps, ctx: RequestContext, childId: string, action: string): Promise<Child> {
  const [child] = await deps.store.children.getMany(ctx.school.id, [childId]);
  if (child && allow(ctx.actor, 'readChronology')) return child;
  await audit(deps, ctx, { action, recordType: 'child', recordId: childId, outcome: child ? 'denied' : 'failed' });
  if (child) throw new LanternError('forbidden', "Only DSLs and category readers can read a child's chronology.");
  throw new LanternError('not_found', 'Child was not found.');
}

export async function buildChronology(deps: Deps, ctx: RequestContext, child: Child, q: ChronologyQuery) {
  const input = { deps, ctx, childId: child.id, records: childRecords(deps, ctx, child.id) };
  const lists = await Promise.all(CHRONOLOGY_SOURCES.map((s) => s.entries(input)));
  return {
    child: allow(ctx.actor, 'seeChildDetails') ? childDetails(child) : childSummary(child),
    kinds: CHRONOLOGY_KINDS,
    entries: filterAndSort(lists.flat(), q),
  };
}
