import { assertTransition } from '../model/concern-lifecycle.js';
import type { ConcernAction } from '../model/concern.js';
import type { PeopleDirectory } from '../ports/people-directory.js';
import { canAssignActions } from '../policy/action-policy.js';
import { parseInput } from '../validation/parse.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { concernView } from '../usecases/concern-view.js';
import { assignActionSchema } from './action-input.js';
import { loadForActionChange, requireIfMatch, staleConcern } from './load-concern.js';
import { saveActionChange } from './save-concern.js';
import { assigneeFor } from './assignee.js';

/**
 * A DSL gives a member of staff an action on a concern. The assignee is named
 * by directory id; their name comes from the directory. They may then read the
 * concern (as an alert would let them) until the action is withdrawn or moved.
 */
export async function assignAction(deps: Deps, ctx: RequestContext, people: PeopleDirectory | undefined, concernId: string, body: unknown, ifMatch?: string) {
  const etag = requireIfMatch(ifMatch);
  const input = parseInput(assignActionSchema, body, 'action');
  const found = await loadForActionChange(deps, ctx, concernId, 'concern.assignAction', (c) => canAssignActions(ctx.actor, c), 'Only a DSL can give actions.');
  if (found.etag !== etag) throw staleConcern(found.value);
  assertTransition(found.value, 'manageActions');
  const assignee = await assigneeFor(ctx, people, input.assigneeOid, 'assigneeOid');
  const now = deps.clock().toISOString();
  const by = { oid: ctx.actor.oid, name: ctx.actor.name };
  const action: ConcernAction = {
    id: `a-${deps.newId()}`, description: input.description, assignee, dueDate: input.dueDate, done: false, cycle: 1,
    history: [{ kind: 'set', at: now, by, to: assignee }],
  };
  const saved = await saveActionChange(deps, ctx, found, [...found.value.actions, action], 'concern.assignAction');
  return { concern: concernView(ctx.actor, saved.value), etag: saved.etag, action, saved: saved.value };
}
