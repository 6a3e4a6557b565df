import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import type { Concern } from '../model/concern.js';
import { allow } from '../policy/index.js';
import type { Versioned } from '../ports/store.js';
import type { Deps, RequestContext } from '../usecases/context.js';

/**
 * Loads a concern for a change to its actions and applies `permitted`. A reader
 * who may not make the change gets 403; anyone who may not read the concern
 * gets 404, as if it did not exist. Refusals are audited.
 */
export async function loadForActionChange(
  deps: Deps, ctx: RequestContext, concernId: string, auditAction: string, permitted: (c: Concern) => boolean, refusal: string,
): Promise<Versioned<Concern>> {
  const found = await deps.store.concerns.get(ctx.school.id, concernId);
  if (found && permitted(found.value)) return found;
  await audit(deps, ctx, { action: auditAction, recordType: 'concern', recordId: concernId, outcome: found ? 'denied' : 'failed' });
  if (found && allow(ctx.actor, 'read', found.value)) throw new LanternError('forbidden', refusal);
  throw new LanternError('not_found', 'Concern was not found.');
}

export function requireIfMatch(ifMatch: string | undefined): string {
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the version you are changing.');
  return ifMatch;
}

export const staleConcern = (c: Concern) =>
  new LanternError(
    'version_conflict',
    `${c.updatedBy.name} changed this concern at ${c.updatedAt} after you opened it. Reload to see their change, then try again.`,
  );
