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
 * - the audit trail is for DSLs and admins (it holds no narrative content).
 */
export const schoolRules = {
  createConcern: (a: Actor) => isStaff(a),
  listChildren: (a: Actor) => isStaff(a) || readsCategories(a) || hasRole(a, 'admin'),
  seeChildDetails: (a: Actor) => isDsl(a) || hasRole(a, 'admin'),
  readChronology: (a: Actor) => isDsl(a) || readsCategories(a),
  listAuditEvents: (a: Actor) => isDsl(a) || hasRole(a, 'admin'),
  manageAccess: (a: Actor) => hasRole(a, 'admin'),
} as const;

export type SchoolAbility = keyof typeof schoolRules;
