import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { allowSubjectAccess, type SubjectAccessAbility, type SubjectAccessSchoolAbility } from '../policy/index.js';
import type { Deps, RequestContext } from './context.js';

const REFUSAL = 'Subject access requests are for the DSL only.';

/** School-level check (record, list): a refusal is audited and answered 403. */
export async function guardSubjectAccess(deps: Deps, ctx: RequestContext, ability: SubjectAccessSchoolAbility, action: string) {
  if (allowSubjectAccess(ctx.actor, ability)) return;
  await audit(deps, ctx, { action, recordType: 'subjectAccessRequest', recordId: '-', outcome: 'denied' });
  throw new LanternError('forbidden', REFUSAL);
}

/** Loads a request the actor may use, auditing a refusal; one they may not see is simply not found. */
export async function loadSubjectAccess(deps: Deps, ctx: RequestContext, id: string, ability: SubjectAccessAbility, action: string) {
  const found = await deps.store.subjectAccess.get(ctx.school.id, id);
  if (!found || !allowSubjectAccess(ctx.actor, ability, found.value)) {
    await audit(deps, ctx, { action, recordType: 'subjectAccessRequest', recordId: id, outcome: found ? 'denied' : 'failed' });
    if (found && !allowSubjectAccess(ctx.actor, 'list')) throw new LanternError('forbidden', REFUSAL);
    throw new LanternError('not_found', 'Subject access request was not found.');
  }
  return found;
}
