import { LanternError } from '../errors.js';
import { assertTransition } from '../model/concern-lifecycle.js';
import { isOpenAction, type Concern, type ConcernAction } from '../model/concern.js';
import type { PersonRef } from '../model/ids.js';
import type { PeopleDirectory } from '../ports/people-directory.js';
import { canAssignActions } from '../policy/action-policy.js';
import { parseInput } from '../validation/parse.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { concernView } from '../usecases/concern-view.js';
import { changeActionSchema, type ChangeActionInput } from './action-input.js';
import { assigneeFor } from './assignee.js';
import { loadForActionChange, requireIfMatch, staleConcern } from './load-concern.js';
import { saveActionChange } from './save-concern.js';

/**
 * A DSL reassigns an open action (the previous assignee loses the access it
 * gave them) or withdraws it (the assignee loses it). Versioned and audited.
 */
export async function changeAction(
  deps: Deps, ctx: RequestContext, people: PeopleDirectory | undefined, concernId: string, actionId: string, body: unknown, ifMatch?: string,
) {
  const etag = requireIfMatch(ifMatch);
  const input = parseInput(changeActionSchema, body, 'change');
  const auditAction = `concern.${input.op}Action`;
  const found = await loadForActionChange(deps, ctx, concernId, auditAction, (c) => canAssignActions(ctx.actor, c), 'Only a DSL can reassign or withdraw actions.');
  if (found.etag !== etag) throw staleConcern(found.value);
  assertTransition(found.value, 'manageActions');
  const action = openAction(found.value, actionId);
  const to = input.op === 'reassign' ? await assigneeFor(ctx, people, input.assigneeOid, 'assigneeOid') : undefined;
  const changed = applyChange(action, input, to, { oid: ctx.actor.oid, name: ctx.actor.name }, deps.clock().toISOString());
  const actions = found.value.actions.map((a) => (a.id === actionId ? changed : a));
  const saved = await saveActionChange(deps, ctx, found, actions, auditAction);
  return { concern: concernView(ctx.actor, saved.value), etag: saved.etag, action: changed, previous: action.assignee, saved: saved.value };
}

function openAction(c: Concern, actionId: string): ConcernAction {
  const action = c.actions.find((a) => a.id === actionId);
  if (!action) throw new LanternError('not_found', 'This concern has no such action.');
  if (!isOpenAction(action)) throw new LanternError('invalid_state', `This action is already ${action.done ? 'done' : 'withdrawn'}.`);
  return action;
}

function applyChange(a: ConcernAction, input: ChangeActionInput, to: PersonRef | undefined, by: PersonRef, at: string): ConcernAction {
  const history = a.history ?? [];
  if (input.op === 'withdraw') return { ...a, withdrawnAt: at, history: [...history, { kind: 'withdrawn', at, by, from: a.assignee, note: input.reason }] };
  if (to!.oid === a.assignee.oid.toLowerCase() && (!input.dueDate || input.dueDate === a.dueDate)) {
    throw new LanternError('invalid_state', `This action is already assigned to ${to!.name}.`);
  }
  return {
    ...a, assignee: to!, dueDate: input.dueDate ?? a.dueDate, cycle: (a.cycle ?? 1) + 1,
    history: [...history, { kind: 'reassigned', at, by, from: a.assignee, to }],
  };
}
