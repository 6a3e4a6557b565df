import type { TrailProblem } from '../core/audit/verify-trail.js';
import type { Store } from '../core/ports/store.js';
import { verifySchoolAudit, type SchoolAuditCheck } from '../core/usecases/verify-school-audit.js';

/** Problems listed per school before "…and N more". */
const SHOWN = 20;

/**
 * Verifies every school's audit trail against its tamper evidence (hashes,
 * per-record chains, anchors); prints one line per school, then its problems,
 * and returns false if anything was changed, removed, added or reordered.
 */
export async function verifyAllSchools(store: Store, print: (line: string) => void): Promise<boolean> {
  const schools = await store.schools.all();
  let ok = true;
  for (const school of schools) {
    const result = await verifySchoolAudit(store, school.id);
    const first = result.problems[0];
    if (!first) {
      print(`OK       ${school.id}: ${result.events} events, ${result.records} record chains intact; ${anchorSummary(result)}`);
      continue;
    }
    ok = false;
    print(`TAMPERED ${school.id}: ${result.problems.length} problem(s); first: ${describe(first)}`);
    for (const p of result.problems.slice(0, SHOWN)) print(`         - ${describe(p)}`);
    if (result.problems.length > SHOWN) print(`         …and ${result.problems.length - SHOWN} more`);
    print(`         ${anchorSummary(result)}`);
  }
  if (schools.length === 0) print('No schools found in this store.');
  return ok;
}

function describe(p: TrailProblem): string {
  const where = p.anchorId ? `anchor ${p.anchorId}, ` : '';
  return `${where}record ${p.recordId}, event ${p.eventId ?? '-'}: ${p.problem}`;
}

function anchorSummary(r: SchoolAuditCheck): string {
  if (!r.anchoredThrough) return `no anchors yet: all ${r.events} events checked by hash and chain only (run audit:anchor)`;
  const after = r.unanchoredEvents
    ? `; ${r.unanchoredEvents} event(s) after ${r.anchoredThrough} are not anchored yet and are checked by hash and chain only`
    : '';
  return `${r.anchors} daily anchor(s) through ${r.anchoredThrough} match${after}`;
}
