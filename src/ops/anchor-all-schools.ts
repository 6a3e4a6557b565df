import type { Store } from '../core/ports/store.js';
import { anchorSchoolAudit } from '../core/usecases/anchor-audit-trail.js';

export interface AnchorRun {
  schools: number;
  created: number;
  failures: { schoolId: string; error: string }[];
}

/** Writes the missing daily anchors of every school; one school's failure does not stop the others. */
export async function anchorAllSchools(store: Store, until: Date, now: Date, print: (line: string) => void = () => undefined): Promise<AnchorRun> {
  const run: AnchorRun = { schools: 0, created: 0, failures: [] };
  for (const school of await store.schools.all()) {
    run.schools++;
    try {
      const r = await anchorSchoolAudit(store, school.id, until, now);
      run.created += r.created.length;
      const made = r.created.length ? `anchored ${r.created.length} day(s): ${r.created[0]}${r.created.length > 1 ? ` … ${r.created.at(-1)}` : ''}` : 'nothing new to anchor';
      print(`${school.id}: ${made}; anchored through ${r.anchoredThrough ?? '(no events yet)'}`);
    } catch (e) {
      run.failures.push({ schoolId: school.id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return run;
}
