import type { Actor } from '../model/actor.js';
import type { School } from '../model/school.js';
import { allow, concernScope } from '../policy/index.js';
import { schoolRules, type SchoolAbility } from '../policy/general-policy.js';

/**
 * What an actor's roles let them see, in words, worked out from the policy
 * itself so the access report cannot drift from what Lantern enforces.
 */
export function describeAccess(actor: Actor, school: School, escalation: boolean): string[] {
  const lines: string[] = [];
  const scope = concernScope(actor);
  const names = (ids: readonly string[]) => ids.map((id) => school.categories.find((c) => c.id === id)?.name ?? id).join(', ');
  if (scope.kind === 'all') lines.push('Every concern in the school, with its children and history');
  else {
    if (scope.createdByOid) lines.push('Concerns they logged or were alerted to');
    if (scope.assigneeOid) lines.push('Concerns holding an action a DSL gave them, until it is withdrawn or moved');
    if (scope.categories?.length) lines.push(`Every concern in: ${names(scope.categories)}`);
  }
  if (allow(actor, 'readChronology')) lines.push(scope.kind === 'all' ? "Any child's chronology" : "Children's chronologies, within what they may read");
  if (allow(actor, 'manageReferrals')) lines.push('Referrals to agencies and their overdue alerts');
  if (allow(actor, 'seeChildDetails')) lines.push("Children's dates of birth and UPNs");
  if (allow(actor, 'listAuditEvents')) lines.push('The audit trail (who did what, no record content)');
  if (allow(actor, 'manageAccess')) lines.push('Manages access and the roster; no concern content unless also given a reading role');
  if (escalation) lines.push('Alerted when a referral stays overdue (the alert names no child)');
  if (actor.caseManager?.head) lines.push('Concerns about adults working with children (except any about themselves or the headteacher), and their LADO alerts');
  if (actor.caseManager?.chair) lines.push('Concerns about the headteacher, and their LADO alerts');
  if (school.adultConcerns?.dslsRead && actor.roles.includes('dsl')) lines.push('Concerns about adults working with children (except any about themselves), as the school allows DSLs');
  if (lines.length === 0) lines.push('Nothing');
  return lines;
}

/** The school-level abilities an actor holds, by their policy names. */
export const abilitiesOf = (actor: Actor): SchoolAbility[] =>
  (Object.keys(schoolRules) as SchoolAbility[]).filter((ability) => allow(actor, ability));
