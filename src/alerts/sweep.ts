import { randomUUID } from 'node:crypto';
import type { AlertChannel } from '../core/ports/alert-channel.js';
import type { Deps } from '../core/usecases/context.js';
import { deliverAlerts } from '../core/usecases/deliver-alerts.js';
import { raiseReferralAlerts } from '../core/usecases/raise-referral-alerts.js';
import { raiseDeadlineAlerts } from '../core/usecases/raise-deadline-alerts.js';
import { systemContext } from '../core/usecases/system-context.js';
import { runExportJobs } from '../core/jobs/export-jobs.js';
import { runReleaseJob } from '../core/usecases/release-subject-access-export.js';

export const SWEEP_LEASE = 'referral-alert-sweep';

export interface SweepResult {
  ran: boolean;
  schools: number;
  raised: number;
  delivered: number;
  /** Background exports finished (built or failed) in this sweep. */
  exports: number;
  failures: { schoolId: string; error: string }[];
}

/**
 * One sweep over every school at `now`: raise the alerts referrals call for,
 * then deliver pending ones through the channel (when there is one). Only the
 * holder of the lease sweeps; another instance's sweep returns `ran: false`.
 */
export async function sweepOnce(deps: Deps, now: Date, channel: AlertChannel | undefined, holder: string, leaseMs: number): Promise<SweepResult> {
  const result: SweepResult = { ran: false, schools: 0, raised: 0, delivered: 0, exports: 0, failures: [] };
  if (!(await deps.store.leases.acquire(SWEEP_LEASE, holder, leaseMs, now))) return result;
  result.ran = true;
  try {
    for (const school of await deps.store.schools.all()) {
      const ctx = systemContext(school, `sweep-${randomUUID()}`);
      result.schools++;
      try {
        result.raised += await raiseReferralAlerts(deps, ctx, now);
        result.raised += await raiseDeadlineAlerts(deps, ctx, now);
        if (channel) result.delivered += await deliverAlerts(deps, ctx, channel, now);
        // Large exports build here, after the school's alerts, so a long build never delays an alert.
        result.exports += await runExportJobs(deps, school, now, runReleaseJob, channel);
      } catch (e) {
        // One school's failure must not stop the others' alerts; the next sweep retries it.
        result.failures.push({ schoolId: school.id, error: e instanceof Error ? e.message : String(e) });
      }
    }
  } finally {
    await deps.store.leases.release(SWEEP_LEASE, holder);
  }
  return result;
}
