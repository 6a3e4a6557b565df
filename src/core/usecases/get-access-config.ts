import { audit } from '../audit/audit-writer.js';
import { notFound } from '../errors.js';
import { ACCESS_RECORD_ID } from '../model/access-version.js';
import type { PeopleDirectory } from '../ports/people-directory.js';
import { requireAbility } from './access-guard.js';
import { accessView, groupNames } from './access-view.js';
import type { Deps, RequestContext } from './context.js';

export const ACCESS_FACTS = { recordType: 'accessConfig', recordId: ACCESS_RECORD_ID } as const;
export const ADMIN_ONLY = 'Only a Lantern admin can see or change which groups give access. Ask your Lantern admin.';

/** The school's group → role mapping, with its change history (before and after of every change). Admins only. */
export async function getAccessConfig(deps: Deps, ctx: RequestContext, people?: PeopleDirectory) {
  const facts = { ...ACCESS_FACTS, action: 'access.read' };
  await requireAbility(deps, ctx, 'manageAccess', facts, ADMIN_ONLY);
  const found = await deps.store.access.get(ctx.school.id);
  if (!found) throw notFound('This school');
  const [versions, groups] = await Promise.all([deps.store.access.versions(ctx.school.id), groupNames(people, found.value)]);
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  return { access: accessView(found, versions, groups, deps.clock()), etag: found.etag };
}
