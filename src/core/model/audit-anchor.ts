/**
 * A periodic, create-only seal over one school's audit events of one UTC day.
 * Anchors chain per school (`prev` is the hash of the anchor before), so an
 * auditor can check that no anchored event was changed, removed, added or
 * reordered, even by someone able to rewrite the records container.
 */
export interface AuditAnchor {
  /** `anchor:{schoolId}:{day}`: deterministic, so a retried or concurrent write gets 409. */
  id: string;
  type: 'auditAnchor';
  schoolId: string;
  /** The UTC day covered, YYYY-MM-DD: events with `at` from 00:00 inclusive to the next 00:00 exclusive. */
  day: string;
  /** 1, 2, 3… per school, in day order. */
  seq: number;
  count: number;
  /** SHA-256 over each event's `id` and `hash`, events ordered by (`at`, `id`). */
  digest: string;
  /** The first 16 hex digits of each event's hash, in the same order: lets a verifier name the event that differs. */
  fingerprints?: string[];
  firstEventId: string;
  lastEventId: string;
  /** Hash of the previous anchor of this school, or `genesis`. */
  prev: string;
  createdAt: string;
  hash: string;
}
