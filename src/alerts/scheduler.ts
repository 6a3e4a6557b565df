import { randomUUID } from 'node:crypto';
import type { Logger } from '../api/log.js';
import type { AlertChannel } from '../core/ports/alert-channel.js';
import type { Deps } from '../core/usecases/context.js';
import { sweepOnce } from './sweep.js';
import { startRepeatingTask } from '../util/repeating-task.js';

/**
 * Sweeps on an interval. Every instance runs one; the lease lets one sweep at
 * a time, and deterministic alert ids make an overlap harmless anyway.
 */
export function startAlertScheduler(deps: Deps, channel: AlertChannel | undefined, log: Logger, everyMs: number) {
  const holder = `instance-${randomUUID()}`;
  const sweep = async () => {
    const r = await sweepOnce(deps, deps.clock(), channel, holder, everyMs * 2);
    if (r.ran) log.log('info', 'alert sweep', { schools: r.schools, raised: r.raised, delivered: r.delivered, failures: r.failures.length });
    for (const f of r.failures) log.log('error', 'alert sweep failed for a school', { schoolId: f.schoolId, error: f.error });
  };
  return startRepeatingTask(sweep, everyMs, (e) => log.log('error', 'alert sweep failed', { error: e instanceof Error ? e.message : String(e) }));
}
