import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import type { Child } from '../model/child.js';
import { allowFamily, type FamilyAbility } from '../policy/index.js';
import type { Deps, RequestContext } from '../usecases/context.js';

/**
 * The children a family operation names, if they are at the caller's school and
 * the caller may do it: an unknown child is not found; a refusal is forbidden
 * only to someone who may see the child's page, so nothing else is revealed.
 */
export async function loadFamilyChildren(deps: Deps, ctx: RequestContext, childIds: string[], ability: FamilyAbility, action: string): Promise<Child[]> {
  const found = await deps.store.children.getMany(ctx.school.id, childIds);
  const allowed = allowFamily(ctx.actor, ability);
  if (found.length === new Set(childIds).size && allowed) return found;
  await audit(deps, ctx, { action, recordType: 'child', recordId: childIds[0]!, outcome: allowed ? 'failed' : 'denied' });
  if (found.length < new Set(childIds).size) throw new LanternError('not_found', 'Child was not found.');
  if (allowFamily(ctx.actor, 'readAdults')) throw new LanternError('forbidden', "Only a DSL can see or change a child's family links.");
  throw new LanternError('not_found', 'Child was not found.');
}
