import type { AdultConcern } from '../adults/adult-concern.js';
import { hasRole, type Actor } from '../model/actor.js';
import type { AdultConcernSettings } from '../model/school.js';

/**
 * Concerns about adults (KCSIE Part 4). Read top to bottom:
 * - the adult concerned never reads it, whatever else they are (a headteacher, a DSL);
 * - the headteacher's group (case managers) reads and works every record, except one about
 *   the headteacher, which only the chair of governors' group does;
 * - DSLs read and work them only when the school's setting says so;
 * - any member of staff (DSLs included) may log one, about a colleague or themselves; the
 *   person who logged it sees that they did (a receipt), never the record;
 * - the Lantern admin sets who the case managers are and reads nothing; everyone else, nothing.
 */
const isStaff = (a: Actor) => hasRole(a, 'staff') || hasRole(a, 'dsl') || a.caseManager !== undefined;
const isSubject = (a: Actor, c: AdultConcern) => c.subject.kind === 'staff' && c.subject.oid === a.oid.toLowerCase();

const caseManagerFor = (a: Actor, c: AdultConcern) => (c.route === 'chair' ? a.caseManager?.chair === true : a.caseManager?.head === true);
const dslReader = (a: Actor, s: AdultConcernSettings | undefined) => s?.dslsRead === true && hasRole(a, 'dsl');

export const adultConcernSchoolRules = {
  create: (a: Actor) => isStaff(a),
  /** Lists (and the sweep's recipients): a case manager of either kind, or a DSL where the school allows. */
  list: (a: Actor, s: AdultConcernSettings | undefined) => a.caseManager !== undefined || dslReader(a, s),
  configure: (a: Actor) => hasRole(a, 'admin'),
} as const;

export const adultConcernRules = {
  read: (a: Actor, c: AdultConcern, s: AdultConcernSettings | undefined) =>
    c.schoolId === a.schoolId && !isSubject(a, c) && (caseManagerFor(a, c) || dslReader(a, s)),
  /** Working the case (consideration, LADO, outcome, review) is the same people as reading it. */
  work: (a: Actor, c: AdultConcern, s: AdultConcernSettings | undefined) =>
    c.schoolId === a.schoolId && !isSubject(a, c) && (caseManagerFor(a, c) || dslReader(a, s)),
} as const;

export type AdultConcernAbility = keyof typeof adultConcernRules;
export type AdultConcernSchoolAbility = keyof typeof adultConcernSchoolRules;

export const allowAdultConcern = (a: Actor, ability: AdultConcernAbility, c: AdultConcern, s: AdultConcernSettings | undefined) =>
  adultConcernRules[ability](a, c, s);
export const allowAdultConcerns = (a: Actor, ability: AdultConcernSchoolAbility, s: AdultConcernSettings | undefined) =>
  adultConcernSchoolRules[ability](a, s);
