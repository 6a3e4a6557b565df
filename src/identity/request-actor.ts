import { LanternError, withReason } from '../core/errors.js';
import type { Actor } from '../core/model/actor.js';
import { hasAnyAccess, resolveActor, type Identity } from '../core/model/resolve-actor.js';
import type { School } from '../core/model/school.js';
import type { SchoolDirectory } from './school-directory.js';

export interface ActorInSchool {
  actor: Actor;
  school: School;
}

/** Thrown when a signed-in person has no Lantern role; carries the school to audit the refusal in, if known. */
export class NoAccessError extends LanternError {
  constructor(readonly school: School | undefined, message: string) {
    super('forbidden', message);
  }
}

/**
 * Works out which school a request acts in and with which roles. A person with
 * roles in several schools of a trust names the school in the `Lantern-School-Id` header.
 */
export async function resolveRequestActor(
  directory: SchoolDirectory,
  identity: Identity,
  requestedSchoolId: string | undefined,
): Promise<ActorInSchool> {
  const schools = await directory.schoolsOf(identity.tenantId);
  if (schools.length === 0) {
    throw withReason(new NoAccessError(undefined, 'Lantern is not set up for your school yet. Ask your IT administrator to finish setting it up.'), 'school_not_set_up');
  }
  const candidates = requestedSchoolId ? schools.filter((s) => s.id === requestedSchoolId) : schools;
  const withAccess = candidates
    .map((school) => ({ school, actor: resolveActor(identity, school) }))
    .filter(({ actor }) => hasAnyAccess(actor));
  if (withAccess.length === 1) return withAccess[0]!;
  if (withAccess.length === 0) {
    const auditSchool = candidates.length === 1 ? candidates[0] : undefined;
    throw withReason(new NoAccessError(auditSchool, 'You are not in any Lantern group for this school. Ask your Lantern admin for access.'), 'no_lantern_role');
  }
  const ids = withAccess.map((x) => x.school.id).join(', ');
  throw new LanternError('validation_failed', `You have access to several schools (${ids}); name one in the Lantern-School-Id header.`, [
    { path: 'Lantern-School-Id', message: `one of: ${ids}` },
  ]);
}
