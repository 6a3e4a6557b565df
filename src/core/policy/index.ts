import { LanternError } from '../errors.js';
import type { Actor } from '../model/actor.js';
import type { Concern } from '../model/concern.js';
import { concernRules, type ConcernAbility } from './concern-policy.js';
import { schoolRules, type SchoolAbility } from './general-policy.js';
import { lifecycle } from '../model/concern-lifecycle.js';

export { concernScope, canListConcerns } from './concern-policy.js';
export type { ConcernAbility } from './concern-policy.js';
export type { SchoolAbility } from './general-policy.js';
export { allowReferral, type ReferralAbility } from './referral-policy.js';
export { allowSubjectAccess, type SubjectAccessAbility, type SubjectAccessSchoolAbility } from './subject-access-policy.js';
export { allowRecords, type RecordsAbility } from './records-policy.js';
export { allowAudit, type AuditAbility } from './audit-policy.js';

export function allow(actor: Actor, ability: ConcernAbility, concern: Concern): boolean;
export function allow(actor: Actor, ability: SchoolAbility): boolean;
export function allow(actor: Actor, ability: ConcernAbility | SchoolAbility, concern?: Concern): boolean {
  if (ability in concernRules) return concern ? concernRules[ability as ConcernAbility](actor, concern) : false;
  return schoolRules[ability as SchoolAbility](actor);
}

/**
 * Throws when not allowed. A record the actor may not read answers `not_found`
 * so its existence is not revealed; other refusals are `forbidden`.
 */
export function authorize(actor: Actor, ability: ConcernAbility, concern: Concern): void;
export function authorize(actor: Actor, ability: SchoolAbility): void;
export function authorize(actor: Actor, ability: ConcernAbility | SchoolAbility, concern?: Concern): void {
  const ok = concern ? allow(actor, ability as ConcernAbility, concern) : allow(actor, ability as SchoolAbility);
  if (ok) return;
  if (concern && !allow(actor, 'read', concern)) throw new LanternError('not_found', 'Concern was not found.');
  throw new LanternError('forbidden', `You are not allowed to ${describe(ability)}. Ask your DSL or Lantern admin if you need this.`);
}

/** Which actions the tab should offer this actor on this concern. */
export function serializeAbilities(actor: Actor, concern: Concern): Record<ConcernAbility, boolean> {
  return {
    read: allow(actor, 'read', concern),
    edit: allow(actor, 'edit', concern) && lifecycle.edit(concern),
    triage: allow(actor, 'triage', concern) && lifecycle.triage(concern),
    close: allow(actor, 'close', concern) && lifecycle.close(concern),
    manageActions: allow(actor, 'manageActions', concern) && lifecycle.manageActions(concern),
    decideParentalNotification: allow(actor, 'decideParentalNotification', concern),
    attachDocument: allow(actor, 'attachDocument', concern),
  };
}

const DESCRIPTIONS: Record<ConcernAbility | SchoolAbility, string> = {
  createConcern: 'log concerns in this school',
  read: 'read this concern',
  edit: 'change this concern',
  triage: 'triage this concern (only a DSL can)',
  close: 'close this concern (only a DSL can)',
  manageActions: 'manage actions on this concern',
  decideParentalNotification: 'record the decision on telling parents (only a DSL can)',
  attachDocument: 'attach documents to this concern',
  listChildren: 'see the list of children',
  seeChildDetails: "see children's full details",
  readChronology: "read a child's chronology",
  listAuditEvents: 'read the audit trail',
  manageAccess: 'manage access configuration',
  manageReferrals: 'work with referrals (only a DSL can)',
  listAlerts: 'read referral alerts (only a DSL can)',
  manageRoster: 'import the roster (only a Lantern admin can)',
  readAccessReport: 'read the access report (DSLs and Lantern admins can)',
};
const describe = (ability: ConcernAbility | SchoolAbility) => DESCRIPTIONS[ability];
export { allowCaseNote, allowCaseNoteOn, type CaseNoteAbility, type CaseNoteTargetAbility, type NoteTarget } from './case-note-policy.js';
export { allowStatusFlag, allowStatusFlags, readableFlagKinds, type StatusFlagAbility, type StatusFlagSchoolAbility } from './status-flag-policy.js';
export { allowFamily, type FamilyAbility } from './family-policy.js';
export { allowAdultConcern, allowAdultConcerns, type AdultConcernAbility, type AdultConcernSchoolAbility } from './adult-concern-policy.js';
