import { chainedEvent } from '../audit/audit-writer.js';
import type { Versioned } from '../ports/store.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { diffFields } from '../usecases/record-changes.js';
import type { FamilyLink, FamilyLinkVersion } from './family.js';

/** Stores one change to a link: versioned, audited in its chain, replaced only if unchanged since it was read. */
export async function saveLinkChange(deps: Deps, ctx: RequestContext, current: Versioned<FamilyLink>, changed: FamilyLink, action: string) {
  const now = deps.clock().toISOString();
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const next: FamilyLink = { ...changed, version: current.value.version + 1, updatedAt: now, updatedBy: me };
  const version: FamilyLinkVersion = {
    id: `${next.id}:v${next.version}`, type: 'familyLinkVersion', schoolId: ctx.school.id, familyLinkId: next.id,
    version: next.version, changedBy: me, changedAt: now, changes: diffFields(current.value, next, ['removedAt']),
  };
  const event = chainedEvent(deps, ctx, { action, recordType: 'familyLink', recordId: next.id }, next.version, current.value.auditHead, { record: next, version });
  next.auditHead = event.hash;
  return deps.store.family.replaceLink(next, current.etag, version, event);
}
