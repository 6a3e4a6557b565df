import { agencyName } from '../model/agency-timescales.js';
import type { School } from '../model/school.js';
import type { Store } from '../ports/store.js';
import { chaseDay } from './chase-deadlines.js';

export interface ChaseDue {
  referralId: string;
  ref: string;
  agencyName: string;
  /** The chase date the latest contact set (YYYY-MM-DD). */
  chaseOn: string;
  childId: string;
}

/**
 * Open referrals whose chase falls due on or before today (school days), for
 * the DSL home; soonest first. Logging the chase (a later contact) takes one
 * off, because only the latest contact's chase date counts.
 */
export async function chasesDue(store: Store, school: School, today: string, limit: number) {
  const page = await store.referrals.query(school.id, { status: 'open', chaseBy: today }, { limit });
  const items: ChaseDue[] = page.items
    .filter((r) => r.chaseOn && chaseDay(school, r.chaseOn) <= today)
    .map((r) => ({ referralId: r.id, ref: r.ref, agencyName: r.agencyName ?? agencyName(r.agency), chaseOn: r.chaseOn!, childId: r.childId }));
  return { items, more: page.cursor !== undefined };
}
