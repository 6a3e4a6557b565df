import { audit, type AuditFacts } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { allowRecords, type RecordsAbility } from '../policy/index.js';
import type { Deps, RequestContext } from './context.js';

/** Refuses (and audits the refusal) unless the actor holds a records-for-life ability. */
export async function requireRecordsAbility(
  deps: Deps,
  ctx: RequestContext,
  ability: RecordsAbility,
  facts: Omit<AuditFacts, 'outcome'>,
  message: string,
): Promise<void> {
  if (allowRecords(ctx.actor, ability)) return;
  await audit(deps, ctx, { ...facts, outcome: 'denied' });
  throw new LanternError('forbidden', message);
}
