import { LanternError } from '../errors.js';
import { assertTransition } from '../model/concern-lifecycle.js';
import type { Concern } from '../model/concern.js';
import { canCompleteAction } from '../policy/action-policy.js';
import { allow } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { concernView } from '../usecases/concern-view.js';
import { completeActionSchema } from './action-input.js';
import { loadForActionChange } from './load-concern.js';
import { saveActionChange } from './save-concern.js';

const ATTEMPTS = 3;

/**
 * The assignee (or a DSL) marks an action done with a note. Idempotent: an
 * action already done is returned as it is (a card's button pressed twice
 * records one completion). Marking done commutes with other changes, so a
 * concurrent edit is retried on the fresh version rather than refused.
 */
export async function completeAction(deps: Deps, ctx: RequestContext, concernId: string, actionId: string, body: unknown) {
  const { note } = parseInput(completeActionSchema, body, 'completion');
  for (let attempt = 1; ; attempt++) {
    const found = await loadForActionChange(deps, ctx, concernId, 'concern.completeAction', (c) => mayComplete(ctx, c, actionId), 'You can only mark your own actions done.');
    const action = found.value.actions.find((a) => a.id === actionId);
    if (!action) throw new LanternError('not_found', 'This concern has no such action.');
    if (action.done) return { concern: concernView(ctx.actor, found.value), etag: found.etag, action, alreadyDone: true };
    if (action.withdrawnAt) throw new LanternError('invalid_state', 'This action was withdrawn, so it cannot be marked done.');
    assertTransition(found.value, 'manageActions');
    const at = deps.clock().toISOString();
    const by = { oid: ctx.actor.oid, name: ctx.actor.name };
    const done = { ...action, done: true, doneAt: at, doneBy: by, doneNote: note || undefined, history: [...(action.history ?? []), { kind: 'done' as const, at, by, note: note || undefined }] };
    try {
      const saved = await saveActionChange(deps, ctx, found, found.value.actions.map((a) => (a.id === actionId ? done : a)), 'concern.completeAction');
      return { concern: concernView(ctx.actor, saved.value), etag: saved.etag, action: done, alreadyDone: false };
    } catch (e) {
      if (!(e instanceof LanternError && e.code === 'version_conflict') || attempt >= ATTEMPTS) throw e;
    }
  }
}

/** An unknown action id on a concern the caller may read gets "no such action" (404 below), not a refusal. */
function mayComplete(ctx: RequestContext, c: Concern, actionId: string): boolean {
  const action = c.actions.find((a) => a.id === actionId);
  return action ? canCompleteAction(ctx.actor, c, action) : allow(ctx.actor, 'read', c);
}
