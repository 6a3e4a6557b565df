import type { FieldChange } from '../model/concern.js';
import type { PersonRef } from '../model/ids.js';

export const CASE_NOTE_KINDS = ['call', 'meeting', 'conversation', 'note'] as const;
export type CaseNoteKind = (typeof CASE_NOTE_KINDS)[number];

export const CASE_NOTE_METHODS = ['phone', 'in-person', 'video', 'email', 'letter', 'other'] as const;
export type CaseNoteMethod = (typeof CASE_NOTE_METHODS)[number];

export const RELATIONSHIPS = ['parent-carer', 'agency', 'colleague', 'child', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export interface NotePerson {
  name: string;
  relationship: Relationship;
  /** For an agency or colleague: which one, e.g. "MASH" or "Class teacher". */
  organisation?: string;
}

/**
 * The follow-up a note asks for. On a concern it becomes one of the concern's
 * actions (`actionId`); on a child alone it is tracked on the note itself.
 */
export interface FollowUp {
  dueDate: string; // YYYY-MM-DD
  actionId?: string;
  done: boolean;
  doneAt?: string;
}

/** A call, meeting, conversation or note about a child, on its own or on one of their concerns. */
export interface CaseNote {
  id: string;
  type: 'caseNote';
  schoolId: string;
  childId: string;
  concernId?: string;
  kind: CaseNoteKind;
  method: CaseNoteMethod;
  occurredAt: string;
  with: NotePerson[];
  summary: string;
  followUp?: FollowUp;
  createdBy: PersonRef;
  recordedAt: string;
  version: number;
  updatedAt: string;
  updatedBy: PersonRef;
  auditHead: string;
  requestHash?: string;
}

export interface CaseNoteVersion {
  id: string; // `${noteId}:v${version}`
  type: 'caseNoteVersion';
  schoolId: string;
  caseNoteId: string;
  version: number;
  changedBy: PersonRef;
  changedAt: string;
  changes: FieldChange[];
}
