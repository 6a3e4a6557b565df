import type { Store } from '../core/ports/store.js';
import { verifySchoolAudit } from '../core/usecases/verify-school-audit.js';

/** Verifies every school's audit trail; prints one line per school and exits 1 if anything was tampered with. */
export async function verifyAllSchools(store: Store, print: (line: string) => void): Promise<boolean> {
  const schools = await store.schools.all();
  let ok = true;
  for (const school of schools) {
    const result = await verifySchoolAudit(store, school.id);
    const first = result.problems[0];
    if (!first) {
      print(`OK       ${school.id}: ${result.events} events, ${result.records} record chains intact`);
      continue;
    }
    ok = false;
    print(`TAMPERED ${school.id}: ${result.problems.length} problem(s); first: record ${first.recordId}, event ${first.eventId ?? '-'}: ${first.problem}`);
  }
  if (schools.length === 0) print('No schools found in this store.');
  return ok;
}
