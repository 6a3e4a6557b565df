import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { allowAdultConcern, type AdultConcernAbility } from '../policy/index.js';
import type { Versioned } from '../ports/store.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { RECORD_TYPE, type AdultConcern } from './adult-concern.js';

/**
 * Loads a record the caller may use. Anyone else — the adult concerned above
 * all — gets the same 404 as for a record that does not exist; the refusal is
 * audited under the record's own type, which the audit trail view never lists.
 */
export async function loadAdultConcern(deps: Deps, ctx: RequestContext, id: string, ability: AdultConcernAbility, action: string): Promise<Versioned<AdultConcern>> {
  const found = await deps.store.adultConcerns.get(ctx.school.id, id);
  if (!found || !allowAdultConcern(ctx.actor, ability, found.value, ctx.school.adultConcerns)) {
    await audit(deps, ctx, { action, recordType: RECORD_TYPE, recordId: found ? id : '-', outcome: found ? 'denied' : 'failed' });
    throw new LanternError('not_found', 'This record was not found.');
  }
  return found;
}
