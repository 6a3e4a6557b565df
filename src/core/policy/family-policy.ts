import { hasRole, type Actor } from '../model/actor.js';

/**
 * Family links and a child's adults. Read top to bottom:
 * - a DSL (deputies included) links children, records adults, and sees all of it;
 * - a category reader, who may open the child's page, sees the adults with parental
 *   responsibility (the people they work with) but not the links to other children;
 * - the family view — the open concerns and referrals of linked children — is for DSLs only.
 */
const isDsl = (a: Actor) => hasRole(a, 'dsl');

export const familyRules = {
  readAdults: (a: Actor) => isDsl(a) || a.readableCategories.length > 0,
  readLinks: (a: Actor) => isDsl(a),
  editFamily: (a: Actor) => isDsl(a),
  readFamilyView: (a: Actor) => isDsl(a),
} as const;

export type FamilyAbility = keyof typeof familyRules;

export const allowFamily = (a: Actor, ability: FamilyAbility) => familyRules[ability](a);
