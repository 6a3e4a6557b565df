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

export interface ConcernAction {
  id: string;
  description: string;
  assignee: PersonRef;
  dueDate: string;
  done: boolean;
  doneAt?: string;
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
  children: { childId: string; role: ChildRole; name?: string; yearGroup?: string }[];
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
    items: { id: string; ref: string; categories: string[]; recordedAt: string; occurredAt: string; createdBy: PersonRef; children: NamedChild[] }[];
  };
  actions: { dueSoonDays: number; more: boolean; overdue: DueAction[]; dueSoon: DueAction[] };
  counts: { key: string; label: string; startDate: string; total: number; byCategory: { category: string; name: string; count: number }[] }[];
  patterns: { rule: { minConcerns: number; days: number }; more: boolean; items: { childId: string; name: string; yearGroup?: string; concerns: number }[] };
}

export interface ConcernEntry {
  kind: 'concern';
  at: string;
  concernId: string;
  ref: string;
  role?: ChildRole;
  categories: string[];
  account: string;
  status: ConcernStatus;
  recordedBy: PersonRef;
}

export interface ActionEntry {
  kind: 'action';
  at: string;
  concernId: string;
  ref: string;
  description: string;
  assignee: PersonRef;
  done: boolean;
}

/** Entries of kinds this tab does not know yet (e.g. referrals), shown generically. */
export interface OtherEntry {
  kind: string;
  at: string;
  [field: string]: unknown;
}

export type ChronologyEntry = ConcernEntry | ActionEntry | OtherEntry;

export interface Chronology {
  child: ChildSummary;
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
