import type { Child } from './child.js';
import type { PersonRef } from './ids.js';

/** One pupil as a roster source gives them, before any checks. */
export interface RawRosterRow {
  /** Where the row came from, for error messages: the CSV line number, or the SDS user id. */
  row: number | string;
  upn?: string;
  givenName?: string;
  familyName?: string;
  dateOfBirth?: string;
  yearGroup?: string;
  /** Optional columns some MIS exports carry: SEN provision (K, E or N), pupil premium, looked after, parents. */
  senProvision?: string;
  pupilPremium?: string;
  lookedAfter?: string;
  parents?: string;
}

/** What a roster says about a pupil's statuses and parents, where it has the columns. */
export interface RosterFacts {
  /** K = SEN support, E = EHCP, N = neither (DfE SEN provision codes). */
  senProvision?: 'K' | 'E' | 'N';
  pupilPremium?: boolean;
  lookedAfter?: boolean;
  /** Adults with parental responsibility, as "Name (Relationship)". */
  parents?: { name: string; relationship: string }[];
}

/** One pupil after checks: a UPN, names, a real date of birth and a normalised year group. */
export interface RosterRow {
  /** Where the row came from, for error messages: the CSV line number, or the SDS user id. */
  row: number | string;
  upn: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  yearGroup: string;
  facts?: RosterFacts;
}

export type RosterChangeKind = 'add' | 'update' | 'rejoin' | 'leave';

export interface RosterChange {
  kind: RosterChangeKind;
  childId: string;
  upn: string;
  before?: Pick<Child, 'givenName' | 'familyName' | 'dateOfBirth' | 'yearGroup' | 'leftAt'>;
  after: Pick<Child, 'givenName' | 'familyName' | 'dateOfBirth' | 'yearGroup' | 'leftAt'>;
}

/**
 * The record of one roster import: who, when, from where, and every child it
 * added, changed or marked as a leaver (before and after). Its audit event
 * carries no names; this document does, in the school's own partition.
 */
export interface RosterImport {
  id: string;
  type: 'rosterImport';
  schoolId: string;
  source: 'csv' | 'sds';
  by: PersonRef;
  at: string;
  counts: Record<RosterChangeKind | 'unchanged', number>;
  changes: RosterChange[];
}
