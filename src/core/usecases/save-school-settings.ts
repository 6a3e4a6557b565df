import { chainedEvent, type AuditFacts } from '../audit/audit-writer.js';
import { LanternError, notFound } from '../errors.js';
import { accessVersionId, type AccessConfigVersion } from '../model/access-version.js';
import type { FieldChange } from '../model/concern.js';
import type { School } from '../model/school.js';
import type { Versioned } from '../ports/store.js';
import type { Deps, RequestContext } from './context.js';

/** The school document an admin is about to change, if it is still the version they saw (If-Match). */
export async function schoolForUpdate(deps: Deps, ctx: RequestContext, ifMatch: string): Promise<Versioned<School>> {
  const found = await deps.store.access.get(ctx.school.id);
  if (!found) throw notFound('This school');
  if (found.etag !== ifMatch) throw new LanternError('version_conflict', 'Someone else changed the school settings after you opened them. Reload, then make your change again.');
  return found;
}

/**
 * Saves a change to the school's configuration (access mapping, calendar,
 * timescales, retention) as the next version in the configuration's own audit
 * chain: the version record and the chained event are written with the school.
 */
export async function saveSchoolSettings(
  deps: Deps,
  ctx: RequestContext,
  found: Versioned<School>,
  next: School,
  changes: FieldChange[],
  facts: Omit<AuditFacts, 'outcome'>,
  proposal?: AccessConfigVersion['proposal'],
): Promise<Versioned<School>> {
  const seq = (found.value.accessVersion ?? 0) + 1;
  const version: AccessConfigVersion = {
    id: accessVersionId(seq), type: 'accessConfigVersion', schoolId: ctx.school.id, version: seq,
    changedBy: { oid: ctx.actor.oid, name: ctx.actor.name }, changedAt: deps.clock().toISOString(), changes,
    ...(proposal ? { proposal } : {}),
  };
  const event = chainedEvent(deps, ctx, facts, seq, found.value.accessAuditHead);
  return deps.store.access.replace({ ...next, accessVersion: seq, accessAuditHead: event.hash }, found.etag, version, event);
}
