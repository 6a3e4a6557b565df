import { chainedEvent } from '../audit/audit-writer.js';
import type { SubjectAccessRequest, SubjectAccessVersion } from '../model/subject-access.js';
import type { Versioned } from '../ports/store.js';
import type { Deps, RequestContext } from './context.js';
import { diffFields } from './record-changes.js';

const TRACKED: (keyof SubjectAccessRequest)[] = ['identity', 'status', 'outcome', 'extension', 'pauses', 'dueOn', 'redactionDecisions', 'withholdings', 'releases'];

/** Stores one change to a request: versioned, audited in the record's chain, If-Match guarded. */
export async function saveSubjectAccessChange(
  deps: Deps,
  ctx: RequestContext,
  current: Versioned<SubjectAccessRequest>,
  changed: SubjectAccessRequest,
  action: string,
  fileHashes?: string[],
): Promise<Versioned<SubjectAccessRequest>> {
  const now = deps.clock().toISOString();
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const next = { ...changed, version: current.value.version + 1, updatedAt: now, updatedBy: me };
  const version: SubjectAccessVersion = {
    id: `${next.id}:v${next.version}`,
    type: 'subjectAccessVersion',
    schoolId: ctx.school.id,
    sarId: next.id,
    version: next.version,
    changedBy: me,
    changedAt: now,
    changes: diffFields(current.value, next, TRACKED),
  };
  const event = chainedEvent(deps, ctx, { action, recordType: 'subjectAccessRequest', recordId: next.id, fileHashes }, next.version, current.value.auditHead, { record: next, version });
  next.auditHead = event.hash;
  return deps.store.subjectAccess.replace(next, current.etag, version, event);
}
