import type { AuditEvent } from '../model/audit-event.js';
import { contentHash } from './content-hash.js';
import type { TrailProblem } from './verify-trail.js';

/** A stored record with its chain head, and the version documents kept of its changes. */
export interface StoredRecord {
  id: string;
  auditHead: string;
  record: object;
  versions: readonly { id: string; version: number; doc: object }[];
}

/**
 * Checks records themselves against the trail: each record as stored hashes to
 * the content its last audited change wrote, and each kept version to the
 * version its change wrote. Events written before content hashes existed carry
 * none and are not compared (their records are checked by chain only).
 */
export function verifyRecords(events: readonly AuditEvent[], records: readonly StoredRecord[]): TrailProblem[] {
  const byHash = new Map(events.map((e) => [e.hash, e]));
  const byId = new Map(events.map((e) => [e.id, e]));
  const problems: TrailProblem[] = [];
  for (const r of records) {
    const last = byHash.get(r.auditHead);
    if (last?.contentHash && last.contentHash !== contentHash(r.record)) {
      problems.push({ recordId: r.id, eventId: last.id, problem: 'the stored record differs from what its last audited change wrote (changed outside Lantern)' });
    }
    for (const v of r.versions) {
      const change = byId.get(`audit:${r.id}:${v.version}`);
      if (!change) problems.push({ recordId: r.id, eventId: v.id, problem: `version ${v.version} has no audit event (added outside Lantern)` });
      else if (change.versionHash && change.versionHash !== contentHash(v.doc)) {
        problems.push({ recordId: r.id, eventId: change.id, problem: `stored version ${v.version} differs from what its audited change wrote (changed outside Lantern)` });
      }
    }
  }
  return problems;
}
