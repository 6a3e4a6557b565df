import type { Concern } from '../model/concern.js';
import type { Referral } from '../model/referral.js';
import { allow, allowReferral, concernScope } from '../policy/index.js';
import type { Page, PageRequest } from '../ports/store.js';
import type { Deps, RequestContext } from '../usecases/context.js';

const PAGE = 100;
const MAX_PAGES = 50;

/**
 * The records about one child that several sources share (a concern's own
 * entries, its actions and its parental decision; a referral's entries take
 * their categories from its concern), each read once per chronology and only
 * as far as the caller may read them. Every query stays in the school's partition.
 */
export interface ChildRecords {
  concerns(): Promise<Concern[]>;
  referrals(): Promise<Referral[]>;
}

export function childRecords(deps: Deps, ctx: RequestContext, childId: string): ChildRecords {
  const school = ctx.school.id;
  const concerns = once(async () => {
    const all = await allPages((page) => deps.store.concerns.query(school, { scope: concernScope(ctx.actor), childId, order: 'occurredAt-asc' }, page));
    return all.filter((c) => allow(ctx.actor, 'read', c));
  });
  const referrals = once(async () => {
    if (!allow(ctx.actor, 'manageReferrals')) return [];
    const all = await allPages((page) => deps.store.referrals.query(school, { childId }, page));
    return all.filter((r) => allowReferral(ctx.actor, 'read', r));
  });
  return { concerns, referrals };
}

export async function allPages<T>(read: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await read({ limit: PAGE, cursor });
    all.push(...page.items);
    cursor = page.cursor;
    if (!cursor) break;
  }
  return all;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= load());
}
