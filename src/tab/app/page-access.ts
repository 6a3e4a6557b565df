import type { Me } from '../api/types.js';
import type { Route } from './routes.js';

/**
 * Who can use each page, in one place: the navigation offers a page only to
 * the people who can use it, and a page opened by its address answers anyone
 * else with a heading that says plainly who can use it. The API still decides
 * every request; record pages (a concern, a child, a referral) are decided by
 * the API record by record, so they are open to everyone here.
 */
export interface PageUsers {
  /** Who can use the page, in words: "Only {who} can use this page". */
  who: string;
  allowed(me: Me): boolean;
}

const has = (me: Me, role: string) => me.roles.includes(role);

const STAFF: PageUsers = { who: 'staff in a Lantern staff group', allowed: (me) => me.can.createConcern };
const DSLS: PageUsers = { who: 'Designated Safeguarding Leads', allowed: (me) => has(me, 'dsl') };
const DASHBOARD: PageUsers = { who: 'Designated Safeguarding Leads', allowed: (me) => me.can.dashboard };
const ADMINS: PageUsers = { who: 'Lantern admins', allowed: (me) => has(me, 'admin') };

export const PAGE_USERS: Partial<Record<Route['page'], PageUsers>> = {
  log: STAFF,
  mine: STAFF,
  actions: STAFF,
  referrals: DASHBOARD,
  alerts: DASHBOARD,
  'subject-access': DSLS,
  'subject-access-request': DSLS,
  search: { who: 'Designated Safeguarding Leads and staff who read a category of concerns', allowed: (me) => me.can.search },
  'parental-report': DSLS,
  transfers: DSLS,
  transfer: DSLS,
  retention: DSLS,
  access: { who: 'Lantern admins and Designated Safeguarding Leads', allowed: (me) => has(me, 'admin') || has(me, 'dsl') },
  audit: { who: 'Designated Safeguarding Leads and Lantern admins', allowed: (me) => me.can.listAuditEvents },
  calendar: ADMINS,
  'referral-settings': ADMINS,
  'retention-settings': { who: 'Lantern admins and Designated Safeguarding Leads', allowed: (me) => has(me, 'admin') || has(me, 'dsl') },
};

/** Whether `me` can use the page; pages not listed (home, records, not found) are open. */
export const canUse = (me: Me, page: Route['page']): boolean => PAGE_USERS[page]?.allowed(me) ?? true;

/** Who to ask for access, by what the person already is. */
export const askFor = (me: Me, page: Route['page']): string =>
  PAGE_USERS[page] === ADMINS || page === 'access' ? 'your Lantern admin (usually IT or the business manager)' : has(me, 'dsl') ? 'your Lantern admin' : 'your Designated Safeguarding Lead';
