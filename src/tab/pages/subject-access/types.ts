/** Subject access requests as the API returns them (see src/api/routes/subject-access.ts). */
export interface PersonRef {
  oid: string;
  name: string;
}

export type SarState = 'open' | 'due-soon' | 'overdue' | 'closed';

export interface SarRelease {
  id: string;
  at: string;
  by: PersonRef;
  files: { json: string; pdf: string };
  recordIds: string[];
  withheldRedactionIds: string[];
  releasedRedactionIds: string[];
}

export interface SubjectAccessRequest {
  id: string;
  ref: string;
  childId: string;
  childName?: string;
  requester: { name: string; relationship: string };
  receivedOn: string;
  identity: { checked: boolean; method?: string; checkedOn?: string; by?: PersonRef };
  notes: string;
  status: 'open' | 'closed';
  extension?: { reason: string; by: PersonRef; at: string };
  dueOn: string;
  dueAt: string;
  deadlineCycle: number;
  deadline: { dueOn: string; dueAt: string; state: SarState; extended: boolean };
  redactionDecisions: { redactionId: string; redact: boolean; reason: string; by: PersonRef; at: string }[];
  releases: SarRelease[];
  outcome?: string;
  closedAt?: string;
  version: number;
}

export interface Redaction {
  id: string;
  kind: 'other-child' | 'third-party' | 'staff';
  /** The kind of person whose school default applied (absent from older previews). */
  category?: string;
  replacement: string;
  original: string;
  relationship?: string;
  occurrences: number;
  redacted: boolean;
  decision?: { redact: boolean; reason: string; by: string; at: string };
  mentions?: { where: string; context: string }[];
}

export interface UnknownName {
  name: string;
  where: string;
  context: string;
}

export interface Withholding {
  id: string;
  recordId: string;
  passage?: string;
  basis: string;
  note: string;
  by: PersonRef;
  at: string;
}

export const WITHHOLDING_BASES: [string, string][] = [
  ['serious-harm', 'Serious harm (DPA 2018 Sch. 3)'],
  ['child-abuse-data', 'Child abuse data (DPA 2018 Sch. 3 Part 5 para 21)'],
  ['third-party-data', 'Third-party data (DPA 2018 Sch. 2 Part 3 para 16)'],
  ['legal-privilege', 'Legal professional privilege (DPA 2018 Sch. 2 Part 4 para 19)'],
  ['crime', 'Crime and taxation (DPA 2018 Sch. 2 Part 1 para 2)'],
];

export interface ExportPreview {
  redactions: Redaction[];
  /** Absent from an older server: treated as none. */
  unknownNames?: UnknownName[];
  withholdings?: Withholding[];
  recordIds: string[];
  file: { sections: { key: string; title: string; entries: { recordId: string; title: string; fields: { label: string; value: string }[] }[] }[] };
}

export const RELATIONSHIPS: [string, string][] = [['parent-carer', 'Parent or carer'], ['child', 'The child'], ['solicitor', 'Solicitor'], ['other', 'Someone else']];
export const IDENTITY_METHODS: [string, string][] = [
  ['known-to-school', 'Known to the school'], ['photo-id', 'Photo ID'], ['proof-of-address', 'Proof of address'], ['authority-letter', 'Letter of authority'], ['other', 'Other'],
];
export const KIND_LABELS: Record<Redaction['kind'], string> = { 'other-child': 'Another child', 'third-party': 'Third party', staff: 'Member of staff' };

/** The kind of person, in words (the school's defaults are set per kind). */
export const CATEGORY_LABELS: Record<string, string> = {
  'other-child': 'Another child', 'parent-carer': 'Parent or carer', family: 'Relative', 'other-adult': 'Another adult',
  professional: 'Professional from another agency', staff: 'Member of staff', unknown: 'A name no list knows',
};
export const STATE_LABELS: Record<SarState, string> = { open: 'Open', 'due-soon': 'Due soon', overdue: 'Overdue', closed: 'Closed' };
export const STATE_COLOURS: Record<SarState, 'informative' | 'warning' | 'danger' | 'success'> = { open: 'informative', 'due-soon': 'warning', overdue: 'danger', closed: 'success' };

/** A large export building in the background (GET /api/export-jobs/{id}). */
export interface ExportJob {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  stage: 'queued' | 'gathering' | 'rendering' | 'keeping' | 'done' | 'failed';
  percent: number;
  records?: number;
  error?: string;
  poll: string;
}
