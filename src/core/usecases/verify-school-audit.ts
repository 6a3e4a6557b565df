import { verifyAnchors } from '../audit/verify-anchors.js';
import { verifyTrail, type TrailProblem } from '../audit/verify-trail.js';
import type { Concern } from '../model/concern.js';
import type { Store } from '../ports/store.js';
import { retentionHeads } from './retention-heads.js';

const MAX_PAGES = 10_000;

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
 * hash, every record's chain against the head the record holds, and the
 * anchors (their own chain, and each anchored day's events against them).
 */
export async function verifySchoolAudit(store: Store, schoolId: string): Promise<SchoolAuditCheck> {
  const events = await store.audit.all(schoolId);
  const anchors = await store.auditAnchors.list(schoolId);
  const heads = await chainHeads(store, schoolId);
  const anchored = verifyAnchors(events, anchors);
  return {
    events: events.length,
    records: heads.size,
    anchors: anchors.length,
    anchoredThrough: anchored.anchoredThrough,
    unanchoredEvents: anchored.unanchoredEvents,
    problems: [...verifyTrail(events, heads), ...anchored.problems],
  };
}

async function chainHeads(store: Store, schoolId: string): Promise<Map<string, string>> {
  const heads = new Map<string, string>();
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await store.concerns.query(schoolId, { scope: { kind: 'all' }, order: 'recordedAt-asc' }, { limit: 100, cursor });
    page.items.forEach((c: Concern) => heads.set(c.id, c.auditHead));
    cursor = page.cursor;
    if (!cursor) break;
  }
  cursor = undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await store.referrals.query(schoolId, {}, { limit: 100, cursor });
    page.items.forEach((r) => heads.set(r.id, r.auditHead));
    cursor = page.cursor;
    if (!cursor) break;
  }
  cursor = undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await store.subjectAccess.query(schoolId, {}, { limit: 100, cursor });
    page.items.forEach((s) => heads.set(s.id, s.auditHead));
    cursor = page.cursor;
    if (!cursor) break;
  }
  const school = await store.schools.get(schoolId);
  if (school?.accessAuditHead) heads.set('access-config', school.accessAuditHead);
  for (const [id, head] of await retentionHeads(store, schoolId)) if (!heads.has(id)) heads.set(id, head);
  return heads;
}
