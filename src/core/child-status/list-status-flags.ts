import { audit } from '../audit/audit-writer.js';
import { localDate } from '../calendar/local-time.js';
import { LanternError } from '../errors.js';
import { allowStatusFlag, allowStatusFlags } from '../policy/index.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { statusFlagView } from './status-flag-view.js';

/** A child's statuses the caller may see, current and past, oldest start first. */
export async function listStatusFlags(deps: Deps, ctx: RequestContext, childId: string) {
  const facts = { action: 'statusFlag.list', recordType: 'child', recordId: childId } as const;
  const [child] = await deps.store.children.getMany(ctx.school.id, [childId]);
  if (!child || !allowStatusFlags(ctx.actor, 'readStatusFlags')) {
    await audit(deps, ctx, { ...facts, outcome: child ? 'denied' : 'failed' });
    if (child) throw new LanternError('forbidden', "Only DSLs, and readers of SEND or pupil premium for their statuses, can see a child's statuses.");
    throw new LanternError('not_found', 'Child was not found.');
  }
  const flags = await deps.store.statusFlags.forChildVersioned(ctx.school.id, childId);
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  const today = localDate(deps.clock(), ctx.school.timeZone);
  return {
    items: flags
      .filter(({ value: f }) => allowStatusFlag(ctx.actor, 'read', f))
      .map(({ value: f, etag }) => ({ ...statusFlagView(ctx.actor, f, today), ...(allowStatusFlag(ctx.actor, 'update', f) ? { etag } : {}) })),
    canSet: allowStatusFlags(ctx.actor, 'setStatusFlag'),
  };
}
