import { z } from 'zod';
import { audit, type AuditFacts } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { allowAudit, type AuditAbility } from '../policy/index.js';
import type { AuditQuery } from '../ports/audit-store.js';
import { guid, isoDateTime, recordId } from '../validation/text.js';
import { recordsAboutChild } from './audit-child-records.js';
import { RECORD_TYPE as ADULT_CONCERN_RECORD_TYPE } from '../adults/adult-concern.js';
import type { Deps, RequestContext } from './context.js';

/** The filters the audit trail list and its CSV export share. */
export const auditFilterShape = {
  oid: guid.optional(),
  childId: recordId.optional(),
  recordId: z.union([recordId, z.literal('*')]).optional(),
  action: z.string().max(64).regex(/^[a-z.A-Z-]+$/, 'is not an audit action name').optional(),
  outcome: z.enum(['success', 'denied', 'failed']).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
};

export type AuditFilter = { [K in keyof typeof auditFilterShape]?: z.infer<(typeof auditFilterShape)[K]> };

/** Refuses (and audits the refusal) unless the actor holds the audit ability. */
export async function requireAudit(deps: Deps, ctx: RequestContext, ability: AuditAbility, facts: Omit<AuditFacts, 'outcome'>, message: string) {
  if (allowAudit(ctx.actor, ability)) return;
  await audit(deps, ctx, { ...facts, outcome: 'denied' });
  throw new LanternError('forbidden', message);
}

/**
 * Turns the caller's filters into a store query. The child filter is resolved
 * here, at query time, to the records that concern the child (see
 * recordsAboutChild), so events need no child field and events written
 * before the filter existed are found too. Only DSLs may link a child to
 * audit rows: a Lantern admin who filters by child, or by a record id that is
 * (or embeds, like `retention:{childId}`) a child's id, is refused.
 */
export async function toAuditQuery(deps: Deps, ctx: RequestContext, filter: AuditFilter, facts: Omit<AuditFacts, 'outcome'>): Promise<AuditQuery> {
  const { childId, ...rest } = filter;
  // Concerns about adults are read by case managers, not by the trail's readers (DSLs, admins), and the adult
  // concerned may be one of those: no row of theirs — read, change, refusal, alert — is listed here.
  const query: AuditQuery = { ...rest, oid: rest.oid?.toLowerCase(), excludeRecordTypes: [ADULT_CONCERN_RECORD_TYPE] };
  const namesChild = childId !== undefined || (rest.recordId !== undefined && rest.recordId !== '*' && (await isChild(deps, ctx, rest.recordId)));
  if (namesChild) await requireAudit(deps, ctx, 'seeChildLinks', facts, 'Only DSLs can see the audit trail of a child.');
  if (childId !== undefined) query.recordIds = await recordsAboutChild(deps, ctx.school.id, childId);
  return query;
}

async function isChild(deps: Deps, ctx: RequestContext, id: string): Promise<boolean> {
  if (allowAudit(ctx.actor, 'seeChildLinks')) return false; // nothing to check for a DSL
  const candidates = [...new Set([id, ...id.split(':').filter(Boolean)])];
  return (await deps.store.children.getMany(ctx.school.id, candidates)).length > 0;
}
