import { audit, type AuditFacts } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { allow, type SchoolAbility } from '../policy/index.js';
import type { Deps, RequestContext } from './context.js';

/** Refuses (and audits the refusal) unless the actor holds a school-level ability. */
export async function requireAbility(
  deps: Deps,
  ctx: RequestContext,
  ability: SchoolAbility,
  facts: Omit<AuditFacts, 'outcome'>,
  message: string,
): Promise<void> {
  if (allow(ctx.actor, ability)) return;
  await audit(deps, ctx, { ...facts, outcome: 'denied' });
  throw new LanternError('forbidden', message);
}
