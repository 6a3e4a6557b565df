import type { PersonRef } from './ids.js';
import type { RecordDocument } from './record-document.js';
import type { BodyMark } from './body-map.js';

export const CHILD_ROLES = ['subject', 'victim', 'alleged-perpetrator', 'witness'] as const;
export type ChildRole = (typeof CHILD_ROLES)[number];

export const CONCERN_STATUSES = ['new', 'triaged', 'closed'] as const;
export type ConcernStatus = (typeof CONCERN_STATUSES)[number];

export interface ConcernChild {
  childId: string;
  role: ChildRole;
}

export interface OtherPerson {
  name: string;
  relationship: string;
}

export interface ParentsInformed {
  informed: boolean;
  /** Required when not informed: why parents/carers were not told. */
  reason?: string;
  /** When parents/carers were told (a DSL's recorded decision). */
  at?: string;
  /** Who told them, as the DSL records it (a name or role). */
  by?: string;
  /** The DSL who recorded the decision, and when (absent for what was recorded at logging). */
  decidedBy?: PersonRef;
  decidedAt?: string;
}

export interface Triage {
  decision: string;
  reasons: string;
  by: PersonRef;
  at: string;
}

export interface Closure {
  outcome: string;
  summary: string;
  by: PersonRef;
  at: string;
}

export interface ConcernAction {
  id: string;
  description: string;
  assignee: PersonRef;
  dueDate: string; // YYYY-MM-DD
  done: boolean;
  doneAt?: string;
}

/** The content a member of staff records. */
export interface ConcernContent {
  children: ConcernChild[];
  otherPeople: OtherPerson[];
  categories: string[];
  account: string;
  occurredAt: string;
  location: string;
  actionTaken: string;
  parentsInformed: ParentsInformed;
  alertedStaff: PersonRef[];
  /** Marks seen on the child's body (absent when none were recorded). */
  bodyMap?: BodyMark[];
}

export interface Concern extends ConcernContent {
  id: string;
  type: 'concern';
  schoolId: string;
  /** Short human reference, e.g. C-7K3QF9. */
  ref: string;
  /** Denormalised for single-partition queries. */
  childIds: string[];
  alertedOids: string[];
  createdBy: PersonRef;
  recordedAt: string;
  status: ConcernStatus;
  triage?: Triage;
  closure?: Closure;
  actions: ConcernAction[];
  /** Files attached after logging (docs/adr/0011-files.md); absent on concerns that never had one. */
  documents?: RecordDocument[];
  version: number;
  updatedAt: string;
  updatedBy: PersonRef;
  /** Hash of the newest audit event in this record's chain. */
  auditHead: string;
  /** Hash of the create request, to refuse a reused Idempotency-Key with a different body. */
  requestHash?: string;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The previous state of a concern, kept at every change. */
export interface ConcernVersion {
  id: string; // `${concernId}:v${version}`
  type: 'concernVersion';
  schoolId: string;
  concernId: string;
  /** The version number this change produced. */
  version: number;
  changedBy: PersonRef;
  changedAt: string;
  changes: FieldChange[];
}
