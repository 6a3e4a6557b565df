import type { Actor } from '../model/actor.js';
import type { Concern } from '../model/concern.js';

/** Things a policy rule can be asked about. */
export type Subject =
  | { kind: 'school'; schoolId: string }
  | { kind: 'concern'; concern: Concern }
  | { kind: 'child'; schoolId: string; childId: string };

export type Rule = (actor: Actor, subject: Subject) => boolean;

export const sameSchool = (actor: Actor, subject: Subject): boolean =>
  (subject.kind === 'concern' ? subject.concern.schoolId : subject.schoolId) === actor.schoolId;
