import { createHash } from 'node:crypto';
import type { AuditAnchor } from '../model/audit-anchor.js';
import type { AuditEvent } from '../model/audit-event.js';
import { canonicalJson } from './canonical-json.js';

/** Per-event fingerprints are kept up to this many events a day (about 1 MB); above it only count and digest. */
export const MAX_FINGERPRINTS = 50_000;
const FINGERPRINT_LENGTH = 16;

/** The UTC day of an ISO instant, YYYY-MM-DD (the prefix every stored `at` carries). */
export const utcDay = (at: string): string => String(at).slice(0, 10);

export const dayStart = (day: string): string => `${day}T00:00:00.000Z`;

export function nextDay(day: string): string {
  const d = new Date(dayStart(day));
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export const anchorId = (schoolId: string, day: string) => `anchor:${schoolId}:${day}`;

/** The defined order of a day's events: by `at`, then `id`, comparing UTF-16 code units. */
export function inAnchorOrder(events: readonly AuditEvent[]): AuditEvent[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...events].sort((a, b) => cmp(String(a.at), String(b.at)) || cmp(String(a.id), String(b.id)));
}

export function eventsDigest(ordered: readonly AuditEvent[]): string {
  const h = createHash('sha256');
  for (const e of ordered) h.update(`${e.id}\n${e.hash}\n`);
  return h.digest('hex');
}

export const fingerprint = (e: AuditEvent): string => String(e.hash).slice(0, FINGERPRINT_LENGTH);

const HASHED_FIELDS = [
  'id', 'schoolId', 'day', 'seq', 'count', 'digest', 'fingerprints', 'firstEventId', 'lastEventId', 'prev', 'createdAt',
] as const;

export function anchorHash(anchor: Omit<AuditAnchor, 'hash' | 'type'>): string {
  const subject: Record<string, unknown> = {};
  for (const field of HASHED_FIELDS) subject[field] = anchor[field];
  return createHash('sha256').update(canonicalJson(subject)).digest('hex');
}

export interface AnchorInput {
  schoolId: string;
  day: string;
  /** The day's events, any order; must not be empty. */
  events: readonly AuditEvent[];
  previous?: Pick<AuditAnchor, 'seq' | 'hash'>;
  createdAt: string;
}

export function buildAnchor({ schoolId, day, events, previous, createdAt }: AnchorInput): AuditAnchor {
  const ordered = inAnchorOrder(events);
  const body: Omit<AuditAnchor, 'hash' | 'type'> = {
    id: anchorId(schoolId, day),
    schoolId,
    day,
    seq: (previous?.seq ?? 0) + 1,
    count: ordered.length,
    digest: eventsDigest(ordered),
    fingerprints: ordered.length <= MAX_FINGERPRINTS ? ordered.map(fingerprint) : undefined,
    firstEventId: ordered[0]!.id,
    lastEventId: ordered.at(-1)!.id,
    prev: previous?.hash ?? 'genesis',
    createdAt,
  };
  return { ...body, type: 'auditAnchor', hash: anchorHash(body) };
}
