import { verifyTrail, type TrailProblem } from '../audit/verify-trail.js';
import type { Concern } from '../model/concern.js';
import type { Store } from '../ports/store.js';

const MAX_PAGES = 10_000;

/** Operator use case: verifies one school's whole audit trail against its records' chain heads. */
export async function verifySchoolAudit(store: Store, schoolId: string): Promise<{ events: number; records: number; problems: TrailProblem[] }> {
  const events = await store.audit.all(schoolId);
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
  const school = await store.schools.get(schoolId);
  if (school?.accessAuditHead) heads.set('access-config', school.accessAuditHead);
  return { events: events.length, records: heads.size, problems: verifyTrail(events, heads) };
}
