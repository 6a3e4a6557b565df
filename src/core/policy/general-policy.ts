import { hasRole, type Actor } from '../model/actor.js';

const isDsl = (a: Actor) => hasRole(a, 'dsl');
const isStaff = (a: Actor) => hasRole(a, 'staff') || isDsl(a);
const readsCategories = (a: Actor) => a.readableCategories.length > 0;

/**
 * School-level abilities.
 * - any member of staff (DSLs included) may log a concern;
 * - staff and category readers see the roster names they need to log a concern;
 *   DSLs and admins also see dates of birth and UPNs (admins maintain the roster);
 * - a child's chronology is for DSLs, and for category readers within their categories;
 * - the audit trail is for DSLs and admins (it holds no narrative content);
 * - referrals and their alerts are for DSLs;
 * - the access configuration and the roster are managed by admins;
 * - the access report (who can see what, through which group) is for admins and DSLs.
 */
export const schoolRules = {
  createConcern: (a: Actor) => isStaff(a),
  listChildren: (a: Actor) => isStaff(a) || readsCategories(a) || hasRole(a, 'admin'),
  seeChildDetails: (a: Actor) => isDsl(a) || hasRole(a, 'admin'),
  readChronology: (a: Actor) => isDsl(a) || readsCategories(a),
  listAuditEvents: (a: Actor) => isDsl(a) || hasRole(a, 'admin'),
  manageAccess: (a: Actor) => hasRole(a, 'admin'),
  manageReferrals: (a: Actor) => isDsl(a),
  listAlerts: (a: Actor) => isDsl(a),
  manageRoster: (a: Actor) => hasRole(a, 'admin'),
  readAccessReport: (a: Actor) => isDsl(a) || hasRole(a, 'admin'),
} as const;

export type SchoolAbility = keyof typeof schoolRules;
