import { chainedEvent } from '../audit/audit-writer.js';
import { invalid } from '../errors.js';
import { parseInput } from '../validation/parse.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import type { FamilyLink } from './family.js';
import { loadFamilyChildren } from './family-access.js';
import { familyLinkId } from './family-ids.js';
import { familyLinkInputSchema } from './family-input.js';
import { saveLinkChange } from './save-link-change.js';

const ACTION = 'familyLink.create';

/** A DSL links two children on roll as siblings or one household. Linking them again finds (or restores) the link. */
export async function linkChildren(deps: Deps, ctx: RequestContext, childId: string, body: unknown) {
  const input = parseInput(familyLinkInputSchema, body, 'family link');
  if (input.childId === childId) throw invalid('childId: a child cannot be linked to themselves.', [{ path: 'childId', message: 'must be another child' }]);
  await loadFamilyChildren(deps, ctx, [childId, input.childId], 'editFamily', ACTION);
  const pair = [childId, input.childId].sort() as [string, string];
  const id = familyLinkId(ctx.school.id, pair, input.kind);
  const existing = await deps.store.family.getLink(ctx.school.id, id);
  if (existing && !existing.value.removedAt) return { link: existing.value, created: false };
  if (existing) {
    const { removedAt: _r, ...restored } = existing.value;
    return { link: (await saveLinkChange(deps, ctx, existing, restored, 'familyLink.restore')).value, created: true };
  }
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const now = deps.clock().toISOString();
  const link: FamilyLink = {
    id, type: 'familyLink', schoolId: ctx.school.id, childIds: pair, kind: input.kind,
    createdBy: me, recordedAt: now, version: 1, updatedAt: now, updatedBy: me, auditHead: '',
  };
  const event = chainedEvent(deps, ctx, { action: ACTION, recordType: 'familyLink', recordId: id }, 1, undefined, { record: link });
  link.auditHead = event.hash;
  return { link: (await deps.store.family.createLink(link, event)).value, created: true };
}
