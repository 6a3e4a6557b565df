import { audit } from '../audit/audit-writer.js';
import { parseInput } from '../validation/parse.js';
import { subjectAccessListQuerySchema } from '../validation/subject-access-input.js';
import type { Deps, RequestContext } from './context.js';
import { guardSubjectAccess } from './subject-access-access.js';
import { SAR_DUE_SOON_DAYS, subjectAccessView } from './subject-access-view.js';

export { subjectAccessListQuerySchema };

/**
 * Requests of the school: `overdue` and `due-soon` read only open requests
 * with a deadline by then (range on dueAt), the DSL home's panel.
 */
export async function listSubjectAccessRequests(deps: Deps, ctx: RequestContext, query: unknown) {
  await guardSubjectAccess(deps, ctx, 'list', 'subjectAccess.list');
  const q = parseInput(subjectAccessListQuerySchema, query, 'query');
  const now = deps.clock();
  const dueBy = q.status === 'overdue' ? now : q.status === 'due-soon' ? new Date(now.getTime() + SAR_DUE_SOON_DAYS * 86_400_000) : undefined;
  const status = q.status === 'closed' ? 'closed' : q.status ? 'open' : undefined;
  const page = await deps.store.subjectAccess.query(ctx.school.id, { status, childId: q.childId, dueBy: dueBy?.toISOString() }, { limit: q.limit, cursor: q.cursor });
  await audit(deps, ctx, { action: 'subjectAccess.list', recordType: 'subjectAccessRequest', recordId: '-', outcome: 'success' });
  const children = await deps.store.children.getMany(ctx.school.id, page.items.map((s) => s.childId));
  const names = new Map(children.map((c) => [c.id, `${c.givenName} ${c.familyName}`]));
  return {
    items: page.items.map((s) => ({ ...subjectAccessView(s, now), childName: names.get(s.childId) ?? 'Child no longer on roll' })),
    ...(page.cursor ? { cursor: page.cursor } : {}),
  };
}
