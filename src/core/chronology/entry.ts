import type { ChildRole } from '../model/concern.js';
import type { PersonRef } from '../model/ids.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import type { ChildRecords } from './child-records.js';

/** The record an entry comes from: what the tab links to and the PDF cites by reference. */
export interface RecordLink {
  /** `concern`, `referral`, `transfer`, `receivedPack`, `subjectAccessRequest`… */
  type: string;
  id: string;
  /** The short human reference, e.g. C-7K3QF9. */
  ref: string;
}

/**
 * One thing that happened to or about a child, from whichever record holds it.
 * Every source returns this one shape, so merging, filtering, the tab and the
 * PDF never need to know which record type an entry came from.
 */
export interface ChronologyEntry {
  /** Unique within the child's chronology and the same at every read. */
  id: string;
  /** One of the kinds its source declares, e.g. `referral-contact`. */
  kind: string;
  /** When it happened (ISO instant, or a calendar date when `dateOnly`). */
  at: string;
  /** When it was written down in Lantern; absent where the record does not say (an action's due date). */
  recordedAt?: string;
  dateOnly?: boolean;
  /** Who recorded it. */
  by?: PersonRef;
  /** What happened, in words: "Referral contact: phone call to Children's Social Care". */
  title: string;
  /** The narrative, as recorded. */
  summary?: string;
  details: { label: string; value: string }[];
  /** The categories of the concern it belongs to; empty for records with none (transfers, subject access). */
  categories: string[];
  record: RecordLink;
  /** Concern entries: this child's role in the concern. */
  role?: ChildRole;
  /** Entries of a pack received from a previous school: the pack's section, and where it came from. */
  section?: string;
  receivedFrom?: Record<string, unknown>;
}

export interface ChronologyKind {
  id: string;
  label: string;
}

export interface SourceInput {
  deps: Deps;
  ctx: RequestContext;
  childId: string;
  /** Records about the child already read under the caller's need-to-know, shared between sources. */
  records: ChildRecords;
}

/**
 * Where entries come from: one per record kind. A source returns only entries
 * of records the caller may read and returns nothing (never an error) when the
 * caller may read none, so nothing reveals that other records exist.
 */
export interface ChronologySource {
  kinds: readonly ChronologyKind[];
  entries(input: SourceInput): Promise<ChronologyEntry[]>;
}

/** Labels and values of details, dropping empty ones. */
export const details = (pairs: [string, string | undefined][]) =>
  pairs.filter((p): p is [string, string] => Boolean(p[1])).map(([label, value]) => ({ label, value }));
