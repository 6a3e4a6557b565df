export type AuditOutcome = 'success' | 'denied' | 'failed';

/**
 * An append-only audit event. It carries no narrative text and no tokens:
 * who (tid, oid), what (action, record), outcome, when, and correlation id.
 * Events that change a record are hash-chained per record (`chain`); every
 * event carries its own hash so any edit of a stored event is detectable.
 */
export interface AuditEvent {
  id: string;
  type: 'audit';
  schoolId: string;
  tid: string;
  oid: string;
  action: string;
  recordType: string;
  recordId: string;
  outcome: AuditOutcome;
  at: string;
  correlationId: string;
  chain?: { seq: number; prev: string };
  /** SHA-256 (hex) of the files this event stored or sent: an attached document, a kept copy of an export or pack. */
  fileHashes?: string[];
  /** For a change: the hash of the record as this change left it (see core/audit/content-hash). */
  contentHash?: string;
  /** For a change that keeps a version document: that document's hash. */
  versionHash?: string;
  hash: string;
}
