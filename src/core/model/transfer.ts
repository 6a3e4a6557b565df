import { createHash } from 'node:crypto';
import { addDays, instantAt, localDate } from '../calendar/local-time.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { FileEntry, RedactedChildFile } from '../export/child-file.js';
import type { PersonRef } from './ids.js';

/** KCSIE: the child protection file reaches the new school within 5 school days, and receipt is confirmed. */
export const RECEIPT_SCHOOL_DAYS = 5;

export const SEND_METHODS = ['secure-email', 'secure-portal', 'by-hand', 'recorded-post', 'other'] as const;
export const CHASE_METHODS = ['phone', 'email', 'letter', 'meeting', 'portal'] as const;

export interface SchoolRef {
  name: string;
  /** Unique Reference Number of a school in England (6 digits), when known. */
  urn?: string;
}

export interface TransferChase {
  id: string;
  at: string;
  method: (typeof CHASE_METHODS)[number];
  who: string;
  note: string;
  /** Chase again by this date if receipt is still not confirmed: the next receipt deadline. */
  nextChaseDate?: string;
  recordedBy: PersonRef;
}

/**
 * A child protection file going to a child's new school: the pack built
 * (hashes of the PDF and JSON, keyed by UPN), when and how it was sent,
 * chases, and the new school's confirmation of receipt.
 */
export interface Transfer {
  id: string;
  type: 'transfer';
  schoolId: string;
  ref: string;
  childId: string;
  upn: string;
  origin: 'roster-leaver' | 'manual';
  destination: SchoolRef;
  status: 'preparing' | 'sent' | 'received' | 'cancelled';
  /** `kept`: both files are kept in storage and downloads stream them (docs/adr/0014-files.md). */
  pack?: { builtAt: string; builtBy: PersonRef; jsonSha256: string; pdfSha256: string; recordIds: string[]; kept?: boolean };
  sent?: { at: string; method: (typeof SEND_METHODS)[number]; to: string; recordedBy: PersonRef };
  /** YYYY-MM-DD: the day the child left (the roster's leaving date, else the day the transfer was started). */
  leftOn?: string;
  /** While the pack is not sent: when sending becomes overdue under KCSIE (what the alert sweep queries). */
  sendDueAt?: string;
  /** While receipt is awaited: when it becomes overdue (what the alert sweep queries). */
  receiptDueAt?: string;
  /** Bumped when a chase moves the deadline, so alerts are raised afresh. */
  deadlineCycle: number;
  chases: TransferChase[];
  receipt?: { at: string; confirmedBy: string; recordedBy: PersonRef };
  cancelled?: { reason: string; by: PersonRef; at: string };
  version: number;
  createdAt: string;
  createdBy: PersonRef;
  updatedAt: string;
  updatedBy: PersonRef;
  auditHead: string;
  requestHash?: string;
}

/**
 * When receipt of a pack sent at `sentAt` becomes overdue: the end (midnight,
 * school time) of the 5th school day after the day it was sent. School days
 * skip weekends, bank holidays, half-terms and closures.
 */
export function receiptDueAt(calendar: WorkingCalendar, sentAt: Date): string {
  const lastDay = calendar.addDaysOf('school', localDate(sentAt, calendar.timeZone), RECEIPT_SCHOOL_DAYS);
  return endOfDay(lastDay, calendar.timeZone);
}

/** KCSIE: the file is sent within 5 school days of an in-year move, or within the first 5 school days of a new term. */
export const SEND_SCHOOL_DAYS = 5;

/**
 * When sending the file becomes overdue: the end of the 5th school day after
 * the child left. Counting only school days gives both of KCSIE's cases: a
 * move in term time runs 5 school days from the leaving date; a move at the
 * end of term (or in the holidays) runs to the 5th school day of the new term.
 * `undefined` when the school's calendar has no term dates that far ahead.
 */
export function sendDueAt(calendar: WorkingCalendar, leftOn: string): string | undefined {
  try {
    return endOfDay(calendar.addDaysOf('school', leftOn, SEND_SCHOOL_DAYS), calendar.timeZone);
  } catch {
    return undefined;
  }
}

/** Midnight at the end of a local date, as an instant. */
export const endOfDay = (date: string, timeZone: string) => instantAt(addDays(date, 1), '00:00', timeZone).toISOString();

/** The pack's JSON file: keyed by the child's UPN, with where it comes from and the (redacted) file. */
export interface TransferPack {
  format: 'lantern-transfer-pack/1';
  upn: string;
  reference: string;
  from: SchoolRef;
  to: SchoolRef;
  generatedAt: string;
  file: RedactedChildFile;
}

/** An incoming pack imported onto a child's chronology, with its provenance. */
export interface ReceivedPack {
  id: string;
  type: 'transferIn';
  schoolId: string;
  childId: string;
  upn: string;
  source: SchoolRef & { reference: string };
  sentAt: string;
  packSha256: string;
  importedAt: string;
  importedBy: PersonRef;
  entries: (FileEntry & { section: string })[];
  version: number;
  auditHead: string;
}

export const receivedPackId = (childId: string, packSha256: string) => `received:${childId}:${packSha256.slice(0, 32)}`;

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** A short reference to read out to the new school, e.g. T-7K3QF9. */
export function transferRef(id: string): string {
  const digest = createHash('sha256').update(id).digest();
  let ref = '';
  for (let i = 0; i < 6; i++) ref += ALPHABET[digest[i]! % ALPHABET.length];
  return `T-${ref}`;
}
