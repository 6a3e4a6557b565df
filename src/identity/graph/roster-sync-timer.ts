import { randomUUID } from 'node:crypto';
import type { RosterSource } from '../../core/ports/people-directory.js';
import type { Deps } from '../../core/usecases/context.js';
import { syncRosterFromSds } from '../../core/usecases/sync-roster.js';
import { startRepeatingTask } from '../../util/repeating-task.js';

const LEASE = 'roster-sync';

/**
 * Syncs every school that names a School Data Sync school, every `hours`.
 * Every instance runs a timer; the lease (held for most of a period, not
 * released) lets one instance sync per period, and a sync is idempotent anyway
 * (the plan is worked out from what is stored).
 */
export function startRosterSync(deps: Deps, sds: RosterSource, hours: number, log: (level: 'info' | 'error', msg: string, fields: Record<string, unknown>) => void) {
  const everyMs = hours * 3_600_000;
  const holder = `instance-${randomUUID()}`;
  return startRepeatingTask(() => syncAll(deps, sds, holder, everyMs, log), everyMs, (e) =>
    log('error', 'roster sync failed', { error: e instanceof Error ? e.message : String(e) }),
  );
}

async function syncAll(deps: Deps, sds: RosterSource, holder: string, leaseMs: number, log: Parameters<typeof startRosterSync>[3]) {
  if (!(await deps.store.leases.acquire(LEASE, holder, Math.floor(leaseMs * 0.9), deps.clock()))) return;
  for (const school of (await deps.store.schools.all()).filter((s) => s.access.rosterSource)) {
    const r = await syncRosterFromSds(deps, school, sds, `roster-sync-${randomUUID()}`).catch((e: unknown) => ({ schoolId: school.id, outcome: 'error', error: e instanceof Error ? e.message : String(e) }));
    log(r.outcome === 'imported' ? 'info' : 'error', 'roster sync', { ...r });
  }
}
