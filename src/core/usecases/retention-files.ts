import { localDate } from '../calendar/local-time.js';
import { childDisplayName, type Child } from '../model/child.js';
import { DEFAULT_RETENTION, type DeletionTombstone, type RetentionRecord } from '../model/retention.js';
import { buildFile, type RetentionFile } from '../model/retention-file.js';
import type { Deps, RequestContext } from './context.js';

export interface FileState {
  child: Child;
  file: RetentionFile;
  record?: RetentionRecord;
  tombstone?: DeletionTombstone;
  onHold: boolean;
  deleted: boolean;
}

/** Every child protection file of the school, with its hold and deletion state. Reads no concern content. */
export async function loadFiles(deps: Deps, ctx: RequestContext): Promise<FileState[]> {
  const schoolId = ctx.school.id;
  const [children, concerns, referrals, records, tombstones, received] = await Promise.all([
    deps.store.children.list(schoolId),
    deps.store.retention.fileConcerns(schoolId),
    deps.store.retention.fileReferrals(schoolId),
    deps.store.retention.records(schoolId),
    deps.store.retention.tombstones(schoolId),
    deps.store.transfers.receivedFor(schoolId),
  ]);
  const withReceived = new Set(received.map((r) => r.childId));
  const settings = ctx.school.retention ?? DEFAULT_RETENTION;
  const recordOf = new Map(records.map((r) => [r.childId, r]));
  const tombstoneOf = new Map(tombstones.map((t) => [t.childId, t]));
  const deletedIds = new Set(tombstones.filter((t) => t.status === 'deleted').map((t) => t.childId));
  return children.flatMap((child) => {
    const file = buildFile(child, concerns, referrals, settings, deletedIds, withReceived.has(child.id));
    if (!file) return [];
    const record = recordOf.get(child.id);
    const tombstone = tombstoneOf.get(child.id);
    return [{ child, file, record, tombstone, onHold: Boolean(record?.legalHold?.onHold), deleted: tombstone?.status === 'deleted' }];
  });
}

export const schoolToday = (deps: Deps, ctx: RequestContext) => localDate(deps.clock(), ctx.school.timeZone);

/** What a DSL sees of a file in the review queue: who, when it closed, when it is due and why; no concern content. */
export function fileView(s: FileState, today: string) {
  const { file, child } = s;
  return {
    childId: child.id,
    name: childDisplayName(child),
    upn: child.upn,
    dateOfBirth: child.dateOfBirth,
    leftAt: child.leftAt,
    closed: file.closed,
    closedAt: file.closedAt,
    reviewDate: file.reviewDate,
    due: file.closed && file.reviewDate <= today,
    rule: file.rule,
    categories: file.categories,
    concerns: file.concernIds.length,
    sharedConcerns: file.sharedConcernIds.length,
    referrals: file.referralIds.length,
    fingerprint: file.fingerprint,
    legalHold: s.record?.legalHold?.onHold ? s.record.legalHold : undefined,
    holdHistory: s.record?.history ?? [],
    deletion: s.tombstone ? { status: s.tombstone.status, decidedAt: s.tombstone.decidedAt, decidedBy: s.tombstone.decidedBy } : undefined,
  };
}
