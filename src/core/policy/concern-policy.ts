import { hasRole, type Actor } from '../model/actor.js';
import type { Concern } from '../model/concern.js';
import type { ConcernScope } from '../ports/store.js';

/**
 * Who may do what with a concern. Read top to bottom:
 * - a DSL (deputies included) may do everything in their own school;
 * - any member of staff may log a concern;
 * - staff may read the concerns they logged or were alerted to, or that hold an action assigned to them;
 * - a category reader may read concerns in any category granted to their group;
 * - a concern in a category restricted to DSLs is read only by DSLs and the member of staff who logged it
 *   (not by colleagues alerted to it, assignees of its actions, nor category readers);
 * - the member of staff who logged a concern may correct it until a DSL triages it, and attach documents to it;
 * - an admin reads no concern content unless they also hold one of the roles above.
 */
const isDsl = (a: Actor) => hasRole(a, 'dsl');
const isStaff = (a: Actor) => hasRole(a, 'staff') || isDsl(a);
const inSchool = (a: Actor, c: Concern) => c.schoolId === a.schoolId;

const loggedIt = (a: Actor, c: Concern) => isStaff(a) && c.createdBy.oid === a.oid;
const alertedTo = (a: Actor, c: Concern) => isStaff(a) && c.alertedOids.includes(a.oid);
const assignedTo = (a: Actor, c: Concern) => isStaff(a) && (c.actionOids ?? []).includes(a.oid);
const readsACategory = (a: Actor, c: Concern) => c.categories.some((cat) => a.readableCategories.includes(cat));
const restricted = (a: Actor, c: Concern) => c.categories.some((cat) => (a.restrictedCategories ?? []).includes(cat));

export const concernRules = {
  read: (a: Actor, c: Concern) =>
    inSchool(a, c) &&
    (isDsl(a) || loggedIt(a, c) || (!restricted(a, c) && (alertedTo(a, c) || assignedTo(a, c) || readsACategory(a, c)))),
  edit: (a: Actor, c: Concern) =>
    inSchool(a, c) && (isDsl(a) || (loggedIt(a, c) && c.status === 'new')),
  triage: (a: Actor, c: Concern) => inSchool(a, c) && isDsl(a),
  close: (a: Actor, c: Concern) => inSchool(a, c) && isDsl(a),
  manageActions: (a: Actor, c: Concern) => inSchool(a, c) && isDsl(a),
  /** Letters, photos and emails: a DSL, or the member of staff who logged it, at any stage. */
  attachDocument: (a: Actor, c: Concern) => inSchool(a, c) && (isDsl(a) || loggedIt(a, c)),
  /** The decision to tell parents/carers or not: a DSL's, at any stage (closed concerns included). */
  decideParentalNotification: (a: Actor, c: Concern) => inSchool(a, c) && isDsl(a),
} as const;

export type ConcernAbility = keyof typeof concernRules;

/** The same rules as `read`, as a filter the store can run inside one partition. */
export function concernScope(a: Actor): ConcernScope {
  if (isDsl(a)) return { kind: 'all' };
  const scope: ConcernScope = { kind: 'some' };
  if (isStaff(a)) {
    scope.createdByOid = a.oid;
    scope.alertedOid = a.oid;
    scope.assigneeOid = a.oid;
  }
  if (a.readableCategories.length > 0) scope.categories = [...a.readableCategories];
  if (a.restrictedCategories?.length) scope.excludeCategories = [...a.restrictedCategories];
  return scope;
}

/** True when the actor may list concerns at all. */
export const canListConcerns = (a: Actor) => isStaff(a) || a.readableCategories.length > 0;
