import { verifyAnchors } from '../audit/verify-anchors.js';
import { verifyRecords, type StoredRecord } from '../audit/verify-records.js';
import { verifyTrail, type TrailProblem } from '../audit/verify-trail.js';
import type { Store } from '../ports/store.js';
import { retentionHeads } from './retention-heads.js';
import { storedRecords } from './stored-records.js';

export interface SchoolAuditCheck {
  events: number;
  records: number;
  anchors: number;
  /** The newest anchored UTC day; events after it are checked by hash and chain only. */
  anchoredThrough?: string;
  unanchoredEvents: number;
  problems: TrailProblem[];
}

/**
 * Operator use case: verifies one school's whole audit trail — every event's
 * hash, every record's chain against the head the record holds, the anchors
 * (their own chain, and each anchored day's events against them) — and the
 * records themselves: each stored record and kept version against the content
 * its audited change wrote, and every audited record still stored or covered
 * by a retention deletion.
 */
export async function verifySchoolAudit(store: Store, schoolId: string): Promise<SchoolAuditCheck> {
  const events = await store.audit.all(schoolId);
  const anchors = await store.auditAnchors.list(schoolId);
  const records = await storedRecords(store, schoolId);
  const heads = await chainHeads(store, schoolId, records);
  const anchored = verifyAnchors(events, anchors);
  return {
    events: events.length,
    records: heads.size,
    anchors: anchors.length,
    anchoredThrough: anchored.anchoredThrough,
    unanchoredEvents: anchored.unanchoredEvents,
    problems: [...verifyTrail(events, heads, true), ...verifyRecords(events, records), ...anchored.problems],
  };
}

async function chainHeads(store: Store, schoolId: string, records: readonly StoredRecord[]): Promise<Map<string, string>> {
  const heads = new Map<string, string>(records.map((r) => [r.id, r.auditHead]));
  const school = await store.schools.get(schoolId);
  if (school?.accessAuditHead) heads.set('access-config', school.accessAuditHead);
  for (const [id, head] of await retentionHeads(store, schoolId)) if (!heads.has(id)) heads.set(id, head);
  return heads;
}
