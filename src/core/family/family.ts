import type { FieldChange } from '../model/concern.js';
import type { PersonRef } from '../model/ids.js';

export const LINK_KINDS = ['sibling', 'household'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** Two children on roll who are siblings or share a household. Removing a link keeps it, marked removed. */
export interface FamilyLink {
  id: string;
  type: 'familyLink';
  schoolId: string;
  /** The two children, sorted, so either child finds the link. */
  childIds: [string, string];
  kind: LinkKind;
  createdBy: PersonRef;
  recordedAt: string;
  removedAt?: string;
  version: number;
  updatedAt: string;
  updatedBy: PersonRef;
  auditHead: string;
}

/** An adult in a child's life, and whether they hold parental responsibility. */
export interface ChildAdult {
  id: string;
  type: 'childAdult';
  schoolId: string;
  childId: string;
  name: string;
  relationship: string;
  parentalResponsibility: boolean;
  source: 'dsl' | 'roster';
  createdBy: PersonRef;
  recordedAt: string;
  version: number;
  auditHead: string;
}

export interface FamilyLinkVersion {
  id: string;
  type: 'familyLinkVersion';
  schoolId: string;
  familyLinkId: string;
  version: number;
  changedBy: PersonRef;
  changedAt: string;
  changes: FieldChange[];
}

export const otherChild = (link: FamilyLink, childId: string) => (link.childIds[0] === childId ? link.childIds[1] : link.childIds[0]);
