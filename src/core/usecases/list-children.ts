import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { childDisplayName, type Child } from '../model/child.js';
import { allow } from '../policy/index.js';
import type { Deps, RequestContext } from './context.js';

/**
 * The school's children for choosing who a concern is about. Staff see names
 * and year groups only; DSLs and admins also see date of birth and UPN.
 */
export async function listChildren(deps: Deps, ctx: RequestContext) {
  const facts = { action: 'child.list', recordType: 'child', recordId: '*' } as const;
  if (!allow(ctx.actor, 'listChildren')) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', 'You have no access to the list of children in this school.');
  }
  const children = await deps.store.children.list(ctx.school.id);
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  const full = allow(ctx.actor, 'seeChildDetails');
  return children
    .filter((c) => !c.leftAt)
    .sort(byYearThenName)
    .map((c) => (full ? childDetails(c) : childSummary(c)));
}

export const childSummary = (c: Child) => ({ id: c.id, name: childDisplayName(c), yearGroup: c.yearGroup });
export const childDetails = (c: Child) => ({ ...childSummary(c), upn: c.upn, dateOfBirth: c.dateOfBirth, leftAt: c.leftAt });

const YEAR_ORDER = ['N', 'R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13'];
const byYearThenName = (a: Child, b: Child) =>
  YEAR_ORDER.indexOf(a.yearGroup) - YEAR_ORDER.indexOf(b.yearGroup) ||
  a.familyName.localeCompare(b.familyName) ||
  a.givenName.localeCompare(b.givenName);
