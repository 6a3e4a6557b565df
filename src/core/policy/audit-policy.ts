import { hasRole, type Actor } from '../model/actor.js';

/**
 * The audit trail. Read top to bottom:
 * - DSLs and Lantern admins read it and export it (it holds no narrative content);
 * - only DSLs see which child a row concerns: the child filter, and the child id of
 *   chronology reads. Admins see who, what, when, outcome and record id — never a
 *   link between a child and a record (separation of duties).
 */
const isDsl = (a: Actor) => hasRole(a, 'dsl');
const isAdmin = (a: Actor) => hasRole(a, 'admin');

export const auditRules = {
  readTrail: (a: Actor) => isDsl(a) || isAdmin(a),
  exportTrail: (a: Actor) => isDsl(a) || isAdmin(a),
  seeChildLinks: isDsl,
} as const;

export type AuditAbility = keyof typeof auditRules;

export const allowAudit = (a: Actor, ability: AuditAbility): boolean => auditRules[ability](a);
