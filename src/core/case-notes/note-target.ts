import { audit } from '../audit/audit-writer.js';
import { invalid, LanternError } from '../errors.js';
import type { Concern } from '../model/concern.js';
import type { Versioned } from '../ports/store.js';
import { allow } from '../policy/index.js';
import type { Deps, RequestContext } from '../usecases/context.js';

export interface LoadedTarget {
  concern?: Versioned<Concern>;
}

/**
 * The child (and concern) a note is about. Unknown ids, another school's ids
 * and concerns the caller may not read all answer `not_found`, audited.
 */
export async function loadNoteTarget(deps: Deps, ctx: RequestContext, childId: string, concernId: string | undefined, action: string): Promise<LoadedTarget> {
  const [child] = await deps.store.children.getMany(ctx.school.id, [childId]);
  if (!child) await refuse(deps, ctx, action, 'child', childId, 'Child');
  if (!concernId) return {};
  const concern = await deps.store.concerns.get(ctx.school.id, concernId);
  if (!concern || !allow(ctx.actor, 'read', concern.value)) {
    await refuse(deps, ctx, action, 'concern', concernId, 'Concern', concern ? 'denied' : 'failed');
  }
  if (!concern!.value.childIds.includes(childId)) {
    const message = 'this child is not named on the concern';
    throw invalid(`childId: ${message}.`, [{ path: 'childId', message }]);
  }
  return { concern };
}

async function refuse(deps: Deps, ctx: RequestContext, action: string, recordType: string, recordId: string, what: string, outcome: 'denied' | 'failed' = 'failed'): Promise<never> {
  await audit(deps, ctx, { action, recordType, recordId, outcome });
  throw new LanternError('not_found', `${what} was not found.`);
}
