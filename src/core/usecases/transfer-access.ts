import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import type { Transfer } from '../model/transfer.js';
import type { Versioned } from '../ports/store.js';
import type { Deps, RequestContext } from './context.js';
import { requireRecordsAbility } from './records-guard.js';

export const DSL_ONLY = 'Only a DSL can work with transfers of child protection files.';
export const transferFacts = (action: string, id: string) => ({ action, recordType: 'transfer', recordId: id });

/** One transfer for a DSL of its school; refusals and misses are audited. */
export async function loadTransfer(deps: Deps, ctx: RequestContext, id: string, action: string): Promise<Versioned<Transfer>> {
  await requireRecordsAbility(deps, ctx, 'manageTransfers', transferFacts(action, id), DSL_ONLY);
  const found = await deps.store.transfers.get(ctx.school.id, id);
  if (!found) {
    await audit(deps, ctx, { ...transferFacts(action, id), outcome: 'failed' });
    throw new LanternError('not_found', 'Transfer was not found.');
  }
  return found;
}
