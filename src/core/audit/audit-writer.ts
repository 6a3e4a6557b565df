import { LanternError } from '../errors.js';
import type { AuditEvent, AuditOutcome } from '../model/audit-event.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { contentHashes, type AuditedContent } from './content-hash.js';
import { GENESIS, sealAuditEvent } from './hash.js';

export interface AuditFacts {
  action: string;
  recordType: string;
  recordId: string;
  outcome: AuditOutcome;
  fileHashes?: string[];
}

/** An event that is not part of a record's change chain (reads, lists, denials). */
export function standaloneEvent(deps: Deps, ctx: RequestContext, facts: AuditFacts): AuditEvent {
  return sealAuditEvent({
    id: `audit-${deps.newId()}`,
    schoolId: ctx.school.id,
    tid: ctx.actor.tenantId,
    oid: ctx.actor.oid,
    at: deps.clock().toISOString(),
    correlationId: ctx.correlationId,
    ...facts,
  });
}

/**
 * The event for change number `seq` of a record, linked to the previous one.
 * Its id is deterministic, so two writers can never both append change `seq`.
 * With `content`, it carries the hash of what the change wrote, so the record itself is under the tamper evidence.
 */
export function chainedEvent(
  deps: Deps,
  ctx: RequestContext,
  facts: Omit<AuditFacts, 'outcome'>,
  seq: number,
  prev: string = GENESIS,
  content?: AuditedContent,
): AuditEvent {
  return sealAuditEvent({
    id: `audit:${facts.recordId}:${seq}`,
    schoolId: ctx.school.id,
    tid: ctx.actor.tenantId,
    oid: ctx.actor.oid,
    at: deps.clock().toISOString(),
    correlationId: ctx.correlationId,
    outcome: 'success',
    chain: { seq, prev },
    ...contentHashes(content),
    ...facts,
  });
}

/** Writes a standalone event; if it cannot be written the caller's request fails. */
export async function audit(deps: Deps, ctx: RequestContext, facts: AuditFacts): Promise<void> {
  try {
    await deps.store.audit.append(standaloneEvent(deps, ctx, facts));
  } catch {
    throw new LanternError('audit_unavailable', 'The audit trail could not be written, so nothing was shown or changed. Try again shortly.');
  }
}
