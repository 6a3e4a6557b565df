import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { allowFamily } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { familyLinkUpdateSchema } from './family-input.js';
import { saveLinkChange } from './save-link-change.js';

const ACTION = 'familyLink.remove';

/**
 * A DSL removes a link made in error or no longer true. The link is kept,
 * marked removed, so its history stays. Removing commutes with any other
 * change, so no If-Match is asked for; the store still replaces If-Match.
 */
export async function removeFamilyLink(deps: Deps, ctx: RequestContext, id: string, body: unknown) {
  parseInput(familyLinkUpdateSchema, body, 'change');
  const found = await deps.store.family.getLink(ctx.school.id, id);
  if (!found || !allowFamily(ctx.actor, 'editFamily')) {
    await audit(deps, ctx, { action: ACTION, recordType: 'familyLink', recordId: id, outcome: found ? 'denied' : 'failed' });
    throw new LanternError('not_found', 'Family link was not found.');
  }
  if (found.value.removedAt) return found.value;
  return (await saveLinkChange(deps, ctx, found, { ...found.value, removedAt: deps.clock().toISOString() }, ACTION)).value;
}
