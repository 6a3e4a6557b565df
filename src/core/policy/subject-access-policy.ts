import { hasRole, type Actor } from '../model/actor.js';
import type { SubjectAccessRequest } from '../model/subject-access.js';

/**
 * Subject access requests hold everything about a child, so they are the
 * DSL's alone (deputies included), in the request's own school. Read top to bottom:
 * - record and list requests: a DSL of the school;
 * - read, change (extend, identity, redaction review, close), preview and release
 *   the export, download a release: a DSL of the request's school.
 */
const isDsl = (a: Actor) => hasRole(a, 'dsl');
const dslHere = (a: Actor, s: SubjectAccessRequest) => isDsl(a) && s.schoolId === a.schoolId;

export const subjectAccessSchoolRules = { create: isDsl, list: isDsl } as const;
export const subjectAccessRules = { read: dslHere, update: dslHere, export: dslHere } as const;

export type SubjectAccessSchoolAbility = keyof typeof subjectAccessSchoolRules;
export type SubjectAccessAbility = keyof typeof subjectAccessRules;

export function allowSubjectAccess(a: Actor, ability: SubjectAccessSchoolAbility): boolean;
export function allowSubjectAccess(a: Actor, ability: SubjectAccessAbility, s: SubjectAccessRequest): boolean;
export function allowSubjectAccess(a: Actor, ability: SubjectAccessSchoolAbility | SubjectAccessAbility, s?: SubjectAccessRequest): boolean {
  if (ability in subjectAccessRules) return s ? subjectAccessRules[ability as SubjectAccessAbility](a, s) : false;
  return subjectAccessSchoolRules[ability as SubjectAccessSchoolAbility](a);
}
