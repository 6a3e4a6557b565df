import { hasRole, type Actor } from '../model/actor.js';
import type { Concern, ConcernAction } from '../model/concern.js';

/**
 * Who may do what with the actions on a concern:
 * - a DSL (deputies included) sets, reassigns, withdraws and completes any action in their school;
 * - the member of staff an action is assigned to may mark that action done, and nothing else.
 */
export function canAssignActions(a: Actor, c: Pick<Concern, 'schoolId'>): boolean {
  return c.schoolId === a.schoolId && hasRole(a, 'dsl');
}

export function canCompleteAction(a: Actor, c: Pick<Concern, 'schoolId'>, action: ConcernAction): boolean {
  if (c.schoolId !== a.schoolId) return false;
  if (hasRole(a, 'dsl')) return true;
  return hasRole(a, 'staff') && !action.withdrawnAt && action.assignee.oid.toLowerCase() === a.oid;
}
