import { createHash } from 'node:crypto';
import type { AuditEvent } from '../model/audit-event.js';
import { canonicalJson } from './canonical-json.js';

/** First `prev` of every record's chain. */
export const GENESIS = 'genesis';

const HASHED_FIELDS = [
  'id', 'schoolId', 'tid', 'oid', 'action', 'recordType', 'recordId', 'outcome', 'at', 'correlationId', 'chain', 'contentHash', 'versionHash',
  // Absent on most events; an absent field leaves the hash as it was before the field existed.
  'fileHashes',
] as const;

/** The hash covers exactly the event's own fields, never store metadata (_etag, _ts…). */
export function auditHash(event: Omit<AuditEvent, 'hash' | 'type'>): string {
  const subject: Record<string, unknown> = {};
  for (const field of HASHED_FIELDS) subject[field] = event[field];
  return createHash('sha256').update(canonicalJson(subject)).digest('hex');
}

export function sealAuditEvent(event: Omit<AuditEvent, 'hash' | 'type'>): AuditEvent {
  return { ...event, type: 'audit', hash: auditHash(event) };
}
