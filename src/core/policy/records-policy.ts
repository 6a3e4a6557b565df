import { hasRole, type Actor } from '../model/actor.js';

/**
 * Records for life, school-level abilities. Read top to bottom:
 * - the report of concerns where parents were not informed is for DSLs;
 * - the retention review queue, legal holds and deletion after review are for DSLs
 *   (never admins: deletion is a safeguarding decision, not an IT one);
 * - retention periods per category are configured by admins and readable by DSLs;
 * - the school's categories are managed (added, renamed, retired, restricted to DSLs) by admins and DSLs;
 * - transfers of a child protection file to or from another school are for DSLs;
 * - the school's disclosure defaults (what a subject-access export redacts for each kind of person) are set by DSLs
 *   and admins (the data protection lead is often the business manager).
 */
const isDsl = (a: Actor) => hasRole(a, 'dsl');
const isAdmin = (a: Actor) => hasRole(a, 'admin');

export const recordsRules = {
  readParentalReport: isDsl,
  reviewRetention: isDsl,
  deleteFile: isDsl,
  readRetentionSettings: (a: Actor) => isDsl(a) || isAdmin(a),
  configureRetention: isAdmin,
  manageTransfers: isDsl,
  manageCategories: (a: Actor) => isDsl(a) || isAdmin(a),
  manageDisclosureDefaults: (a: Actor) => isDsl(a) || isAdmin(a),
} as const;

export type RecordsAbility = keyof typeof recordsRules;

export const allowRecords = (a: Actor, ability: RecordsAbility): boolean => recordsRules[ability](a);
