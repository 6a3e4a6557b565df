import type { AuditEvent } from '../model/audit-event.js';
import type { Actor } from '../model/actor.js';
import { allowAudit } from '../policy/index.js';
import { recordRef } from './audit-names.js';

/** Names to show with rows: people by object id (lower case), children by id (DSLs only). */
export interface AuditNames {
  people: ReadonlyMap<string, string>;
  children: ReadonlyMap<string, string>;
}

/**
 * Record types whose ids are opaque — not a child's id nor made from one — so
 * a Lantern admin may see them. Any other type (a child, a retention file
 * `retention:{childId}`, a received transfer pack, types added later) has its
 * record id withheld from admins: new types are safe by default.
 */
const OPAQUE_RECORD_TYPES = new Set([
  'concern', 'referral', 'subjectAccessRequest', 'transfer', 'accessConfig', 'roster', 'rosterImport', 'school', 'audit',
  'alert', 'dashboard', 'operation',
]);
/** Record ids that name no record (lists, refused creates). */
const NO_RECORD = new Set(['*', '-']);
export const WITHHELD = '(withheld)';

/**
 * One row of the audit trail as the caller may see it: who, what, which
 * record, when, outcome, correlation id and the tamper evidence — listed
 * field by field, so nothing else an event might carry is ever shown.
 */
export function auditRow(event: AuditEvent, actor: Actor, names?: AuditNames) {
  const withhold = !allowAudit(actor, 'seeChildLinks') && !OPAQUE_RECORD_TYPES.has(event.recordType) && !NO_RECORD.has(event.recordId);
  return {
    id: event.id,
    at: event.at,
    tid: event.tid,
    oid: event.oid,
    /** The person's name from the directory; absent when it does not know them. */
    ...(names?.people.get(event.oid.toLowerCase()) ? { name: names.people.get(event.oid.toLowerCase()) } : {}),
    action: event.action,
    recordType: event.recordType,
    recordId: withhold ? WITHHELD : event.recordId,
    /** The record's short reference (C-…, R-…, S-…, T-…) or, for DSLs, the child's name. */
    ...(names && !withhold && recordRef(event, names.children) ? { recordRef: recordRef(event, names.children) } : {}),
    outcome: event.outcome,
    correlationId: event.correlationId,
    ...(event.chain ? { chain: { seq: event.chain.seq, prev: event.chain.prev } } : {}),
    hash: event.hash,
  };
}

export type AuditRow = ReturnType<typeof auditRow>;
