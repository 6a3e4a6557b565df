import { randomUUID } from 'node:crypto';
import { cleanName } from '../core/validation/text.js';
import type { Activity } from 'botbuilder';
import { audit } from '../core/audit/audit-writer.js';
import { LanternError } from '../core/errors.js';
import { hasAnyAccess, resolveActor, type Identity } from '../core/model/resolve-actor.js';
import type { School } from '../core/model/school.js';
import type { RequestContext } from '../core/usecases/context.js';
import { guid } from '../core/validation/text.js';
import { NoAccessError, resolveRequestActor } from '../identity/request-actor.js';
import type { BotEnv } from './bot-env.js';

/** Thrown when a person has roles in several schools and the turn did not say which. */
export class SchoolChoiceNeeded extends LanternError {
  constructor(readonly schools: School[]) {
    super('validation_failed', 'Choose the school first.');
  }
}

/** The tenant an activity claims to come from (Teams puts it in channelData). */
export const activityTenant = (a: Partial<Activity>): string | undefined =>
  (a.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id?.toString().toLowerCase();

const SAFE_ID = /^[A-Za-z0-9._:-]{8,64}$/;
export const turnCorrelationId = (a: Partial<Activity>) => (a.id && SAFE_ID.test(a.id) ? `bot:${a.id}` : randomUUID());

/**
 * Who is acting, in which school, with which roles — the same directory and
 * `resolveActor` as the API, with groups from the GroupMembership port
 * because an activity carries only `from.aadObjectId`.
 */
export async function contextForTurn(env: BotEnv, activity: Partial<Activity>, requestedSchoolId?: string): Promise<RequestContext> {
  const identity = await identityOf(env, activity);
  const correlationId = turnCorrelationId(activity);
  try {
    const { actor, school } = await resolveRequestActor(env.directory, identity, requestedSchoolId);
    return { actor, school, correlationId };
  } catch (e) {
    if (e instanceof NoAccessError && e.school) await auditRefusal(env, identity, e.school, correlationId);
    if (e instanceof LanternError && e.problems.some((p) => p.path === 'Lantern-School-Id')) {
      throw new SchoolChoiceNeeded(await schoolsWithAccess(env, identity));
    }
    throw e;
  }
}

export async function identityOf(env: BotEnv, activity: Partial<Activity>): Promise<Identity> {
  const oid = activity.from?.aadObjectId;
  if (!oid || !guid.safeParse(oid).success) {
    throw new LanternError('unauthenticated', 'Lantern could not tell who you are from this message.');
  }
  const tenantId = env.config.TENANT_ID.toLowerCase();
  const groups = await env.membership.groupsOf(tenantId, oid);
  return { tenantId, oid: oid.toLowerCase(), name: cleanName(activity.from?.name ?? '') || 'Teams user', groups };
}

async function schoolsWithAccess(env: BotEnv, identity: Identity): Promise<School[]> {
  const schools = await env.directory.schoolsOf(identity.tenantId);
  return schools.filter((s) => hasAnyAccess(resolveActor(identity, s)));
}

async function auditRefusal(env: BotEnv, identity: Identity, school: School, correlationId: string) {
  const actor = { tenantId: identity.tenantId, oid: identity.oid, name: identity.name, schoolId: school.id, roles: [], readableCategories: [] };
  await audit(env.deps, { actor, school, correlationId }, { action: 'access.denied', recordType: 'operation', recordId: 'bot', outcome: 'denied' });
}
