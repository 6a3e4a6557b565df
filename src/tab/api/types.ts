/** Shapes of the Lantern API's answers, as the tab reads them (see /api/openapi.json). */
export interface PersonRef {
  oid: string;
  name: string;
}

export type ConcernStatus = 'new' | 'triaged' | 'closed';
export type ChildRole = 'subject' | 'victim' | 'alleged-perpetrator' | 'witness';

export interface Abilities {
  read: boolean;
  edit: boolean;
  triage: boolean;
  close: boolean;
  manageActions: boolean;
  /** Record the decision on telling parents/carers (DSLs, at any stage). */
  decideParentalNotification?: boolean;
  /** Attach documents (a DSL, or whoever logged the concern). */
  attachDocument?: boolean;
}

export type DocumentKind = 'pdf' | 'png' | 'jpg' | 'heic' | 'docx' | 'txt' | 'eml' | 'msg';

export interface RecordDocument {
  id: string;
  name: string;
  kind: DocumentKind;
  size: number;
  sha256: string;
  addedBy: PersonRef;
  addedAt: string;
}

export interface ActionEvent {
  kind: 'set' | 'reassigned' | 'withdrawn' | 'done';
  at: string;
  by: PersonRef;
  from?: PersonRef;
  to?: PersonRef;
  note?: string;
}

export interface ConcernAction {
  id: string;
  description: string;
  assignee: PersonRef;
  dueDate: string;
  done: boolean;
  doneAt?: string;
  doneBy?: PersonRef;
  doneNote?: string;
  withdrawnAt?: string;
  history?: ActionEvent[];
}

/** One of the caller's own actions (GET /api/me/actions): names no child. */
export interface MyAction {
  concernId: string;
  concernRef: string;
  concernStatus: ConcernStatus;
  action: Omit<ConcernAction, 'history'>;
  overdue: boolean;
}

export interface ChaseDue {
  referralId: string;
  ref: string;
  agencyName: string;
  chaseOn: string;
  child: NamedChild;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface VersionView {
  version: number;
  changedBy: PersonRef;
  changedAt: string;
  changes: FieldChange[];
}

export interface Concern {
  id: string;
  ref: string;
  /** Logged as "a child may be at immediate risk". */
  urgent?: boolean;
  children: { childId: string; role: ChildRole; name?: string; yearGroup?: string; statusFlags?: FlagBadge[] }[];
  otherPeople: { name: string; relationship: string }[];
  categories: string[];
  account: string;
  occurredAt: string;
  location: string;
  actionTaken: string;
  parentsInformed: { informed: boolean; reason?: string; at?: string; by?: string; decidedBy?: PersonRef; decidedAt?: string };
  alertedStaff: PersonRef[];
  createdBy: PersonRef;
  recordedAt: string;
  status: ConcernStatus;
  triage?: { decision: string; reasons: string; by: PersonRef; at: string };
  closure?: { outcome: string; summary: string; by: PersonRef; at: string };
  actions: ConcernAction[];
  documents?: RecordDocument[];
  /** Marks on the body map (src/core/model/body-map.ts). */
  bodyMap?: { side: 'front' | 'back'; x: number; y: number; type: 'bruise' | 'cut' | 'burn' | 'mark' | 'other'; size: 'under-1cm' | '1-3cm' | '3-5cm' | 'over-5cm'; description: string }[];
  version: number;
  updatedAt: string;
  updatedBy: PersonRef;
  can: Abilities;
  history?: VersionView[];
  /** Referrals made from this concern; present only for those who may read referrals. */
  referrals?: ConcernReferral[];
}

export interface ConcernReferral {
  id: string;
  ref: string;
  childId: string;
  agency: string;
  agencyName: string;
  reference: string;
  madeAt: string;
  status: 'open' | 'closed';
}

export interface Me {
  oid: string;
  name: string;
  roles: string[];
  readableCategories: string[];
  school: { id: string; name: string; timeZone: string };
  categories: { id: string; name: string }[];
  can: {
    createConcern: boolean;
    listChildren: boolean;
    readChronology: boolean;
    listAuditEvents: boolean;
    dashboard: boolean;
    search: boolean;
    myConcerns: boolean;
    /** A case manager (or a DSL where the school allows) for concerns about adults. */
    adultConcerns?: boolean;
  };
}

export interface ChildSummary {
  id: string;
  name: string;
  yearGroup: string;
  upn?: string;
  dateOfBirth?: string;
}

export interface Page<T> {
  items: T[];
  cursor?: string;
}

export interface NamedChild {
  childId: string;
  name: string;
  yearGroup?: string;
  role?: ChildRole;
  /** Current statuses the reader may see (triage queue, dashboard). */
  statusFlags?: FlagBadge[];
}

export interface DueAction {
  concernId: string;
  ref: string;
  actionId: string;
  description: string;
  assignee: PersonRef;
  dueDate: string;
  children: NamedChild[];
}

export interface Dashboard {
  generatedAt: string;
  today: string;
  triage: {
    total: number;
    items: { id: string; ref: string; urgent?: boolean; categories: string[]; recordedAt: string; occurredAt: string; createdBy: PersonRef; children: NamedChild[] }[];
  };
  actions: { dueSoonDays: number; more: boolean; overdue: DueAction[]; dueSoon: DueAction[] };
  counts: { key: string; label: string; startDate: string; total: number; byCategory: { category: string; name: string; count: number }[] }[];
  patterns: { rule: { minConcerns: number; days: number }; more: boolean; items: { childId: string; name: string; yearGroup?: string; concerns: number; statusFlags?: FlagBadge[] }[] };
  /** Referral chases due today or earlier; absent from older servers. */
  chases?: { more: boolean; items: ChaseDue[] };
}

/** One entry on a child's chronology, whichever record it comes from (see src/core/chronology/entry.ts). */
export interface ChronologyEntry {
  id: string;
  kind: string;
  at: string;
  recordedAt?: string;
  dateOnly?: boolean;
  by?: PersonRef;
  title: string;
  summary?: string;
  details: { label: string; value: string }[];
  categories: string[];
  record: { type: string; id: string; ref: string };
  role?: ChildRole;
  section?: string;
  receivedFrom?: unknown;
}

export interface ChronologyKind {
  id: string;
  label: string;
}

export interface Chronology {
  child: ChildSummary;
  kinds: ChronologyKind[];
  entries: ChronologyEntry[];
}

export interface Milestone {
  key: string;
  label: string;
  dueAt?: string;
  doneAt?: string;
  state?: string;
}

export interface Referral {
  id: string;
  ref: string;
  concernId: string;
  childId: string;
  agency: string;
  agencyName?: string;
  madeAt: string;
  method: string;
  reference: string;
  /** The child's name and year group, for those who may read the referral. */
  child?: { id: string; name: string; yearGroup: string };
  madeBy: PersonRef;
  status: 'open' | 'closed';
  outcome?: string;
  nextDueAt?: string;
  version?: number;
  updatedAt?: string;
  updatedBy?: PersonRef;
  milestones: Milestone[];
  contacts: { id: string; at: string; direction: string; method: string; who: string; summary: string; nextChaseDate?: string; recordedBy: PersonRef }[];
}

export interface Alert {
  id: string;
  kind: 'due-soon' | 'overdue' | 'escalation';
  referralId: string;
  referralRef: string;
  agency: string;
  milestoneKey: string;
  milestoneLabel: string;
  dueAt: string;
  raisedAt: string;
  status: 'pending' | 'delivered';
  text: string;
  /** Present on deadline alerts (subject access requests…), whose referral fields are absent. */
  deadline?: { recordType: string; recordId: string; ref: string; label: string; path: string };
}

export interface CategoryReader {
  groupId: string;
  label: string;
  categories: string[];
}

export interface AccessConfig {
  staffGroups: string[];
  dslGroups: string[];
  adminGroups: string[];
  escalationGroups: string[];
  categoryReaders: CategoryReader[];
  rosterSource?: { sdsSchoolId: string } | null;
}

export interface AccessView {
  version: number;
  config: AccessConfig;
  categories: { id: string; name: string }[];
  groups?: { id: string; name: string }[];
  history: VersionView[];
}

export interface GroupSearch {
  items: { id: string; name: string; description?: string }[];
  unavailable?: string;
}

export interface AccessReport {
  generatedAt: string;
  school: { id: string; name: string };
  groups: { groupId: string; name?: string; routes: { kind: string; label?: string; categories?: string[] }[]; memberCount?: number; unavailable?: string }[];
  people: { oid: string; name: string; principalName?: string; guest?: boolean; roles: string[]; readableCategories: string[]; routes: { groupId: string; kind: string; label?: string; groupName?: string }[]; sees: string[] }[];
}

export interface AccessReportCsv {
  fileName: string;
  contentType: string;
  csv: string;
}

/** A current status, compact, for badges (triage queue, dashboard, child page). */
export interface FlagBadge {
  flag: string;
  cpCategory?: string;
  startDate: string;
}

export interface StatusFlag extends FlagBadge {
  id: string;
  childId: string;
  endDate?: string;
  source: 'dsl' | 'roster';
  createdBy: PersonRef;
  current: boolean;
  version: number;
  can: { update: boolean };
  /** For If-Match when ending or correcting the period; present when the caller may change it. */
  etag?: string;
}

export interface NotePerson {
  name: string;
  relationship: string;
  organisation?: string;
}

export interface CaseNote {
  id: string;
  childId: string;
  concernId?: string;
  kind: string;
  method: string;
  occurredAt: string;
  with: NotePerson[];
  summary: string;
  followUp?: { dueDate: string; actionId?: string; done: boolean; doneAt?: string };
  createdBy: PersonRef;
  recordedAt: string;
  version: number;
  can: { update: boolean };
}

export interface Family {
  adults: { id: string; name: string; relationship: string; parentalResponsibility: boolean; source: string }[];
  links: { id: string; kind: string; childId: string; name: string; yearGroup?: string }[];
  can: { edit: boolean; seeLinks: boolean; seeFamilyView: boolean };
}

export interface FamilyView {
  items: {
    childId: string;
    name: string;
    yearGroup: string;
    kinds: string[];
    openConcerns: { id: string; ref: string; status: ConcernStatus; categories: string[]; recordedAt: string }[];
    openReferrals: { id: string; ref: string; agencyName?: string; madeAt: string }[];
  }[];
}
