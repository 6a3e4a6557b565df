import type { PersonRef } from './types.js';

/** One concern in the report of concerns where parents/carers were not informed. */
export interface ParentalReportItem {
  concernId: string;
  ref: string;
  status: string;
  recordedAt: string;
  occurredAt: string;
  categories: string[];
  children: { childId: string; name: string }[];
  reason: string;
  decidedBy?: PersonRef;
  decidedAt?: string;
}

export interface HoldChange {
  onHold: boolean;
  reason: string;
  by: PersonRef;
  at: string;
}

/** A child protection file as the retention review shows it (no concern content). */
export interface RetentionFile {
  childId: string;
  name: string;
  upn: string;
  dateOfBirth: string;
  leftAt?: string;
  closed: boolean;
  closedAt?: string;
  reviewDate: string;
  due: boolean;
  rule: { id: string; years: number; category?: string };
  categories: string[];
  concerns: number;
  sharedConcerns: number;
  referrals: number;
  fingerprint: string;
  legalHold?: HoldChange;
  holdHistory: HoldChange[];
  deletion?: { status: 'deleting' | 'deleted'; decidedAt: string; decidedBy: PersonRef };
}

export interface SchoolRef {
  name: string;
  urn?: string;
}

/** A transfer of a child protection file to a leaver's new school. */
export interface Transfer {
  id: string;
  ref: string;
  childId: string;
  childName?: string;
  upn: string;
  origin: 'roster-leaver' | 'manual';
  destination: SchoolRef;
  status: 'preparing' | 'sent' | 'received' | 'cancelled';
  pack?: { builtAt: string; builtBy: PersonRef; jsonSha256: string; pdfSha256: string; recordIds: string[] };
  sent?: { at: string; method: string; to: string; recordedBy: PersonRef };
  receiptDueAt?: string;
  receiptOverdue: boolean;
  chases: { id: string; at: string; method: string; who: string; note: string; nextChaseDate?: string; recordedBy: PersonRef }[];
  receipt?: { at: string; confirmedBy: string; recordedBy: PersonRef };
  cancelled?: { reason: string; by: PersonRef; at: string };
  version: number;
}

export interface TransferList {
  items: Transfer[];
  leaversWithoutTransfer: { childId: string; name: string; upn: string; leftAt?: string }[];
}

/** A chronology entry from a pack received from the child's previous school. */
export interface ReceivedEntry {
  kind: 'received';
  at: string;
  id: string;
  section: string;
  title: string;
  /** The pack's labelled fields (`fields` in older answers). */
  details?: { label: string; value: string }[];
  fields?: { label: string; value: string }[];
  receivedFrom: SchoolRef & { reference: string; sentAt: string; packSha256: string; importedAt: string; importedBy: PersonRef };
}
