import { allowStatusFlag } from '../policy/index.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import type { StatusFlag } from './status-flag.js';

/** A status starting or ending, on a child's chronology. */
export interface StatusFlagEntry {
  kind: 'status-flag';
  change: 'set' | 'ended';
  at: string;
  recordedAt: string;
  by: { oid: string; name: string };
  link: string;
  statusFlagId: string;
  flag: StatusFlag['flag'];
  cpCategory?: StatusFlag['cpCategory'];
  source: StatusFlag['source'];
}

/**
 * The chronology source for status flags: a "set" entry at each period's start
 * and an "ended" entry at its end, for the flags the caller may see. Dates are
 * whole days, so entries sit at the start of the day.
 */
export async function statusFlagEntries(deps: Deps, ctx: RequestContext, childId: string, range: { from?: string; to?: string } = {}): Promise<StatusFlagEntry[]> {
  const flags = (await deps.store.statusFlags.forChild(ctx.school.id, childId)).filter((f) => allowStatusFlag(ctx.actor, 'read', f));
  return flags
    .flatMap((f) => [entry(f, 'set', f.startDate, f.recordedAt, f.createdBy), ...(f.endDate ? [entry(f, 'ended', f.endDate, f.updatedAt, f.updatedBy)] : [])])
    .filter((e) => (!range.from || e.at >= range.from) && (!range.to || e.at <= range.to));
}

function entry(f: StatusFlag, change: 'set' | 'ended', day: string, recordedAt: string, by: StatusFlag['createdBy']): StatusFlagEntry {
  return {
    kind: 'status-flag', change, at: `${day}T00:00:00.000Z`, recordedAt, by, link: `#/children/${f.childId}`,
    statusFlagId: f.id, flag: f.flag, cpCategory: f.cpCategory, source: f.source,
  };
}
