import { hasRole, type Actor } from '../model/actor.js';
import type { Concern } from '../model/concern.js';

/**
 * Who may withdraw an alert (take back the visibility it gave a colleague):
 * - a DSL (deputies included), in their own school;
 * - the member of staff who logged the concern, at any stage.
 */
export function canWithdrawAlert(a: Actor, c: Pick<Concern, 'schoolId' | 'createdBy'>): boolean {
  if (c.schoolId !== a.schoolId) return false;
  if (hasRole(a, 'dsl')) return true;
  return hasRole(a, 'staff') && c.createdBy.oid === a.oid;
}
