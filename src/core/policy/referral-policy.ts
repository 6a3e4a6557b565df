import { hasRole, type Actor } from '../model/actor.js';
import type { Referral } from '../model/referral.js';

/**
 * Referrals to outside agencies are the DSL's work: only DSLs (deputies
 * included) of the referral's own school may see or change them.
 */
const dslHere = (a: Actor, r: Referral) => hasRole(a, 'dsl') && r.schoolId === a.schoolId;

export const referralRules = {
  read: dslHere,
  update: dslHere,
  addContact: dslHere,
} as const;

export type ReferralAbility = keyof typeof referralRules;

export const allowReferral = (a: Actor, ability: ReferralAbility, r: Referral) => referralRules[ability](a, r);
