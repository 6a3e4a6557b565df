import { audit } from '../audit/audit-writer.js';
import { childDisplayName } from '../model/child.js';
import { allowFamily } from '../policy/index.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { otherChild, type ChildAdult, type FamilyLink } from './family.js';
import { loadFamilyChildren } from './family-access.js';

/** A child's family as the caller may see it: adults (with parental responsibility first) and, for DSLs, linked children. */
export async function getFamily(deps: Deps, ctx: RequestContext, childId: string) {
  await loadFamilyChildren(deps, ctx, [childId], 'readAdults', 'family.read');
  const showLinks = allowFamily(ctx.actor, 'readLinks');
  const [adults, links] = await Promise.all([
    deps.store.family.adultsOf(ctx.school.id, childId),
    showLinks ? deps.store.family.linksOf(ctx.school.id, childId) : Promise.resolve([]),
  ]);
  const active = links.filter((l) => !l.removedAt);
  const others = await deps.store.children.getMany(ctx.school.id, active.map((l) => otherChild(l, childId)));
  const names = new Map(others.map((c) => [c.id, { name: childDisplayName(c), yearGroup: c.yearGroup }]));
  await audit(deps, ctx, { action: 'family.read', recordType: 'child', recordId: childId, outcome: 'success' });
  return {
    adults: adults.sort((a, b) => Number(b.parentalResponsibility) - Number(a.parentalResponsibility)).map(adultView),
    links: active.map((l) => linkView(l, childId, names.get(otherChild(l, childId)))),
    can: { edit: allowFamily(ctx.actor, 'editFamily'), seeLinks: showLinks, seeFamilyView: allowFamily(ctx.actor, 'readFamilyView') },
  };
}

const adultView = (a: ChildAdult) => ({ id: a.id, name: a.name, relationship: a.relationship, parentalResponsibility: a.parentalResponsibility, source: a.source });

const linkView = (l: FamilyLink, childId: string, other: { name: string; yearGroup: string } | undefined) => ({
  id: l.id, kind: l.kind, childId: otherChild(l, childId), name: other?.name ?? 'A child no longer on roll', yearGroup: other?.yearGroup,
});
