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

/** A parent/carer or other adult involved in an incident (never a member of staff, never a child on roll). */
export interface OtherPerson {
  name: string;
  /** Their relationship to the child, e.g. "Mother", "Mum's partner", "Neighbour". */
  relationship: string;
  /** Their part in the incident, in the words of the person logging it (absent on older records). */
  part?: string;
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

export const PRIORITIES = ['red', 'amber', 'green'] as const;
export type PriorityLevel = (typeof PRIORITIES)[number];

/** A DSL's priority for a concern (red most pressing), with the reason: orders the triage queue after urgency. */
export interface Priority {
  level: PriorityLevel;
  reason: string;
  by: PersonRef;
  at: string;
}

/** Triage queue rank: urgent first, then red, amber, not yet prioritised, green; lower is sooner. */
export function triageRank(c: Pick<Concern, 'urgent' | 'priority'>): number {
  if (c.urgent) return 0;
  const level = c.priority?.level;
  return level === 'red' ? 1 : level === 'amber' ? 2 : level === 'green' ? 4 : 3;
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

/** One step in an action's life, kept on the concern record (the chronology reads it). */
export interface ActionEvent {
  kind: 'set' | 'reassigned' | 'withdrawn' | 'done';
  at: string;
  by: PersonRef;
  /** reassigned: who had it before. */
  from?: PersonRef;
  /** set / reassigned: who has it now. */
  to?: PersonRef;
  note?: string;
}

export interface ConcernAction {
  id: string;
  description: string;
  assignee: PersonRef;
  dueDate: string; // YYYY-MM-DD
  done: boolean;
  doneAt?: string;
  /** Who marked it done (absent on actions completed before this was kept). */
  doneBy?: PersonRef;
  /** When and by whom it was set (absent on actions set before this was kept). */
  setAt?: string;
  setBy?: PersonRef;
  /** What the person who did it wrote when marking it done. */
  doneNote?: string;
  /** Set when a DSL withdrew the assignment: the assignee no longer has it (nor the access it gave). */
  withdrawnAt?: string;
  /** Bumped at each reassignment, so overdue alerts are raised afresh for the new assignee. */
  cycle?: number;
  history?: ActionEvent[];
}

/** An action still to do: not done and not withdrawn. */
export const isOpenAction = (a: ConcernAction) => !a.done && !a.withdrawnAt;

/** Assignees of actions not withdrawn (lower case): the people an action lets read its concern. */
export const actionOidsOf = (actions: readonly ConcernAction[]): string[] =>
  [...new Set(actions.filter((a) => !a.withdrawnAt).map((a) => a.assignee.oid.toLowerCase()))];

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
  /** The author said a child may be at immediate risk: every DSL is alerted now and it tops the triage queue. */
  urgent?: boolean;
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
  /** Assignees of actions not withdrawn (lower case): each may read the concern. Absent on older records. */
  actionOids?: string[];
  createdBy: PersonRef;
  recordedAt: string;
  status: ConcernStatus;
  triage?: Triage;
  /** Set by a DSL at triage (or while the concern waits for triage). */
  priority?: Priority;
  closure?: Closure;
  actions: ConcernAction[];
  /** Files attached after logging (docs/adr/0014-files.md); absent on concerns that never had one. */
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
