import { randomUUID } from 'node:crypto';
import type { Logger } from '../api/log.js';
import type { Deps } from '../core/usecases/context.js';
import { startRepeatingTask } from '../util/repeating-task.js';
import { anchorAllSchools } from './anchor-all-schools.js';

export const ANCHOR_LEASE = 'audit-anchor';

/**
 * Anchors every school's finished days on an interval. Every instance runs
 * one; the lease lets one anchor at a time, and deterministic anchor ids
 * (create-only, 409 on a repeat) make an overlap harmless anyway.
 */
export function startAuditAnchorTask(deps: Deps, log: Logger, everyMs: number) {
  const holder = `instance-${randomUUID()}`;
  const anchor = async () => {
    const now = deps.clock();
    if (!(await deps.store.leases.acquire(ANCHOR_LEASE, holder, everyMs * 2, now))) return;
    try {
      const run = await anchorAllSchools(deps.store, now, now);
      if (run.created) log.log('info', 'audit anchors written', { schools: run.schools, created: run.created });
      for (const f of run.failures) log.log('error', 'audit anchoring failed for a school', { schoolId: f.schoolId, error: f.error });
    } finally {
      await deps.store.leases.release(ANCHOR_LEASE, holder);
    }
  };
  return startRepeatingTask(anchor, everyMs, (e) => log.log('error', 'audit anchoring failed', { error: e instanceof Error ? e.message : String(e) }));
}
