import type { PersonRef } from './ids.js';

/** Who made the request, in their relationship to the child. */
export const REQUESTER_RELATIONSHIPS = ['parent-carer', 'child', 'solicitor', 'other'] as const;
export const IDENTITY_METHODS = ['known-to-school', 'photo-id', 'proof-of-address', 'authority-letter', 'other'] as const;

export interface IdentityCheck {
  checked: boolean;
  method?: (typeof IDENTITY_METHODS)[number];
  /** YYYY-MM-DD, school's local date. */
  checkedOn?: string;
  by?: PersonRef;
}

export interface SarExtension {
  reason: string;
  by: PersonRef;
  at: string;
  /** YYYY-MM-DD: when the requester was told of the extension and why (the law: within the first month). */
  requesterToldOn?: string;
}

/** What a request can be: a subject access request (one month), or a parent's request to see the educational record (15 school days). */
export const REQUEST_TYPES = ['subject-access', 'educational-record'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const PAUSE_REASONS = ['identity', 'clarification', 'fee'] as const;

/**
 * The clock stopped while the school waited for the requester (identity,
 * clarification, fee). Dates are the school's local dates; the deadline
 * moves by the whole days between `from` and `to`.
 */
export interface SarPause {
  reason: (typeof PAUSE_REASONS)[number];
  note?: string;
  from: string;
  to?: string;
  by: PersonRef;
  at: string;
}

/** A DSL's review of one proposed redaction: release it (un-redact) or keep it, always with a reason. */
export interface RedactionDecision {
  redactionId: string;
  redact: boolean;
  reason: string;
  by: PersonRef;
  at: string;
}

/** The exemptions (Data Protection Act 2018) a DSL may withhold information under. */
export const WITHHOLDING_BASES = ['serious-harm', 'child-abuse-data', 'third-party-data', 'legal-privilege', 'crime'] as const;
export const WITHHOLDING_BASIS_LABELS: Record<(typeof WITHHOLDING_BASES)[number], string> = {
  'serious-harm': 'Serious harm (DPA 2018 Sch. 3)',
  'child-abuse-data': 'Child abuse data (DPA 2018 Sch. 3 Part 5 para 21)',
  'third-party-data': 'Third-party data (DPA 2018 Sch. 2 Part 3 para 16)',
  'legal-privilege': 'Legal professional privilege (DPA 2018 Sch. 2 Part 4 para 19)',
  crime: 'Crime and taxation (DPA 2018 Sch. 2 Part 1 para 2)',
};

/** A DSL withholding a whole entry (no passage) or one passage of it, under an exemption, with a note. */
export interface Withholding {
  id: string;
  recordId: string;
  passage?: string;
  basis: (typeof WITHHOLDING_BASES)[number];
  note: string;
  by: PersonRef;
  at: string;
  /** When the DSL lifted it (the entry is released again from then on). */
  liftedAt?: string;
}

/** One release of the export: what went out, never the narrative itself. */
export interface SarRelease {
  id: string;
  at: string;
  by: PersonRef;
  /** sha256 of the JSON and PDF files, hex. */
  files: { json: string; pdf: string };
  /** True when both files are kept in storage (docs/adr/0014-files.md): downloads stream them, whatever happened to the records since. */
  kept?: boolean;
  /** The background job that built it (a large file), so a job run again never releases twice. */
  jobId?: string;
  /** The records the export held (type:id@version) and the redactions withheld and released. */
  recordIds: string[];
  withheldRedactionIds: string[];
  releasedRedactionIds: string[];
  /** What was withheld under an exemption, and why (absent on releases before withholding existed). */
  withheld?: { withholdingId: string; recordId: string; passage: boolean; basis: Withholding['basis']; note: string }[];
}

/**
 * A subject access request (UK GDPR Art. 15) for one child's records. Due one
 * calendar month after receipt (see sar-deadline.ts), extendable once by two
 * further months with a reason. Holidays do not pause it.
 */
export interface SubjectAccessRequest {
  id: string;
  type: 'subjectAccessRequest';
  schoolId: string;
  /** Short reference that names no child, e.g. S-7K3QF9 — what alerts show. */
  ref: string;
  childId: string;
  requester: { name: string; relationship: (typeof REQUESTER_RELATIONSHIPS)[number] };
  /** YYYY-MM-DD, school's local date the request was received. */
  receivedOn: string;
  /** Absent on requests recorded before request types existed: a subject access request. */
  requestType?: RequestType;
  identity: IdentityCheck;
  notes: string;
  status: 'open' | 'closed';
  extension?: SarExtension;
  /** Stop-the-clock periods; the last one is open (no `to`) while the school is waiting. */
  pauses?: SarPause[];
  /** YYYY-MM-DD: the last day to respond (after any extension). */
  dueOn: string;
  /** The instant the deadline passes (end of `dueOn`, school time): what the deadline sweep queries. */
  dueAt: string;
  /** Bumped when the due date moves (extension), so deadline alerts are raised afresh for the new date. */
  deadlineCycle: number;
  redactionDecisions: RedactionDecision[];
  /** Absent on requests recorded before withholding existed. */
  withholdings?: Withholding[];
  releases: SarRelease[];
  closedAt?: string;
  outcome?: string;
  createdBy: PersonRef;
  createdAt: string;
  version: number;
  updatedAt: string;
  updatedBy: PersonRef;
  auditHead: string;
  requestHash?: string;
}

export interface SubjectAccessVersion {
  id: string;
  type: 'subjectAccessVersion';
  schoolId: string;
  sarId: string;
  version: number;
  changedBy: PersonRef;
  changedAt: string;
  changes: { field: string; before: unknown; after: unknown }[];
}
