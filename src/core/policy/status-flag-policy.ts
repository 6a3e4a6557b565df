import { FLAG_READER_CATEGORY, STATUS_FLAGS, type StatusFlag, type StatusFlagKind } from '../child-status/status-flag.js';
import { hasRole, type Actor } from '../model/actor.js';

/**
 * Child status flags. Read top to bottom:
 * - a DSL (deputies included) sets, ends, corrects and sees every flag in their own school;
 * - a category reader sees the flags of their categories (SEN support and EHCP with SEND,
 *   pupil premium with PPG), and nothing else: safeguarding flags are for DSLs only;
 * - other staff, admins and outsiders see no flags.
 */
const isDsl = (a: Actor) => hasRole(a, 'dsl');

/** The flag kinds this actor may see, in their own school. */
export function readableFlagKinds(a: Actor): StatusFlagKind[] {
  if (isDsl(a)) return [...STATUS_FLAGS];
  return STATUS_FLAGS.filter((f) => {
    const category = FLAG_READER_CATEGORY[f];
    return category !== undefined && a.readableCategories.includes(category);
  });
}

export const statusFlagRules = {
  read: (a: Actor, f: StatusFlag) => f.schoolId === a.schoolId && readableFlagKinds(a).includes(f.flag),
  update: (a: Actor, f: StatusFlag) => f.schoolId === a.schoolId && isDsl(a),
} as const;

export const statusFlagSchoolRules = {
  setStatusFlag: (a: Actor) => isDsl(a),
  readStatusFlags: (a: Actor) => readableFlagKinds(a).length > 0,
} as const;

export type StatusFlagAbility = keyof typeof statusFlagRules;
export type StatusFlagSchoolAbility = keyof typeof statusFlagSchoolRules;

export const allowStatusFlag = (a: Actor, ability: StatusFlagAbility, f: StatusFlag) => statusFlagRules[ability](a, f);
export const allowStatusFlags = (a: Actor, ability: StatusFlagSchoolAbility) => statusFlagSchoolRules[ability](a);
