import type { CaseNote } from '../case-notes/case-note.js';
import { hasRole, type Actor } from '../model/actor.js';
import type { Concern } from '../model/concern.js';

/**
 * Case notes. Read top to bottom:
 * - a DSL (deputies included) may write, read and correct any note in their own school;
 * - the member of staff who logged a concern may add a follow-up note to that concern,
 *   and reads and corrects only the notes they wrote themselves;
 * - a follow-up date becomes an action, and actions are set by DSLs;
 * - category readers and admins read no case notes (they are the DSL's working record).
 */
const isDsl = (a: Actor) => hasRole(a, 'dsl');
const isStaff = (a: Actor) => hasRole(a, 'staff') || isDsl(a);
const wroteIt = (a: Actor, n: CaseNote) => isStaff(a) && n.createdBy.oid === a.oid;

/** Where a new note would go: the child alone, or a concern about the child. */
export interface NoteTarget {
  schoolId: string;
  concern?: Concern;
}

export const caseNoteRules = {
  create: (a: Actor, t: NoteTarget) =>
    t.schoolId === a.schoolId && (isDsl(a) || (t.concern !== undefined && isStaff(a) && t.concern.createdBy.oid === a.oid)),
  setFollowUp: (a: Actor, t: NoteTarget) => t.schoolId === a.schoolId && isDsl(a),
} as const;

export const caseNoteRecordRules = {
  read: (a: Actor, n: CaseNote) => n.schoolId === a.schoolId && (isDsl(a) || wroteIt(a, n)),
  update: (a: Actor, n: CaseNote) => n.schoolId === a.schoolId && (isDsl(a) || wroteIt(a, n)),
} as const;

export type CaseNoteTargetAbility = keyof typeof caseNoteRules;
export type CaseNoteAbility = keyof typeof caseNoteRecordRules;

export const allowCaseNoteOn = (a: Actor, ability: CaseNoteTargetAbility, t: NoteTarget) => caseNoteRules[ability](a, t);
export const allowCaseNote = (a: Actor, ability: CaseNoteAbility, n: CaseNote) => caseNoteRecordRules[ability](a, n);
