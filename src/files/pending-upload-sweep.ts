import { sweepPendingDocuments } from '../core/documents/sweep-pending-documents.js';
import type { Deps } from '../core/usecases/context.js';
import type { Logger } from '../api/log.js';
import { startRepeatingTask } from '../util/repeating-task.js';

/**
 * Every `ageMs`, finishes or removes uploads pending for longer than `ageMs`.
 * Safe on several instances at once: keeping and deleting are both idempotent,
 * and a file a record names is never deleted.
 */
export function startPendingUploadSweep(deps: Deps, log: Logger, ageMs: number) {
  const sweep = async () => {
    const r = await sweepPendingDocuments(deps, ageMs);
    if (r.kept || r.deleted) log.log('info', 'interrupted uploads cleared', r);
  };
  return startRepeatingTask(sweep, ageMs, (e) => log.log('error', 'pending upload sweep failed', { error: e instanceof Error ? e.message : String(e) }));
}
