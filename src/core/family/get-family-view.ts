import { audit } from '../audit/audit-writer.js';
import { childDisplayName } from '../model/child.js';
import type { Concern } from '../model/concern.js';
import type { Referral } from '../model/referral.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { otherChild } from './family.js';
import { loadFamilyChildren } from './family-access.js';

const LIMIT = 100;

/**
 * A DSL's family view: for each child linked to this one, their open concerns
 * and open referrals. DSLs only, because it crosses from one child's record
 * into others'. Three bounded queries per linked child (new and triaged concerns, open referrals).
 */
export async function getFamilyView(deps: Deps, ctx: RequestContext, childId: string) {
  await loadFamilyChildren(deps, ctx, [childId], 'readFamilyView', 'family.view');
  const links = (await deps.store.family.linksOf(ctx.school.id, childId)).filter((l) => !l.removedAt);
  const ids = [...new Set(links.map((l) => otherChild(l, childId)))];
  const children = await deps.store.children.getMany(ctx.school.id, ids);
  const items = await Promise.all(children.map(async (c) => {
    const open = (status: 'new' | 'triaged') =>
      deps.store.concerns.query(ctx.school.id, { scope: { kind: 'all' }, status, childId: c.id, order: 'recordedAt-desc' }, { limit: LIMIT });
    const [fresh, triaged, referrals] = await Promise.all([
      open('new'), open('triaged'), deps.store.referrals.query(ctx.school.id, { childId: c.id, status: 'open' }, { limit: LIMIT }),
    ]);
    return {
      childId: c.id,
      name: childDisplayName(c),
      yearGroup: c.yearGroup,
      kinds: links.filter((l) => otherChild(l, childId) === c.id).map((l) => l.kind),
      openConcerns: [...fresh.items, ...triaged.items].map(concernRow),
      openReferrals: referrals.items.map(referralRow),
    };
  }));
  await audit(deps, ctx, { action: 'family.view', recordType: 'child', recordId: childId, outcome: 'success' });
  return { items };
}

const concernRow = (c: Concern) => ({ id: c.id, ref: c.ref, status: c.status, categories: c.categories, recordedAt: c.recordedAt, link: `#/concerns/${c.id}` });
const referralRow = (r: Referral) => ({ id: r.id, ref: r.ref, agencyName: r.agencyName, madeAt: r.madeAt, link: `#/referrals/${r.id}` });
