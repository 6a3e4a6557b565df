import { chainedEvent } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import type { RosterRow } from '../model/roster.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { diffFields } from '../usecases/record-changes.js';
import type { StatusFlag, StatusFlagKind } from './status-flag.js';
import { rosterFlagId } from './status-flag-ids.js';

const ROSTER_KINDS: StatusFlagKind[] = ['sen-support', 'ehcp', 'pupil-premium', 'looked-after'];

/** What one roster row says each status should be: true (on), false (off), absent (the roster does not say). */
function wanted(row: RosterRow): Partial<Record<StatusFlagKind, boolean>> {
  const f = row.facts ?? {};
  const out: Partial<Record<StatusFlagKind, boolean>> = {};
  if (f.senProvision) Object.assign(out, { 'sen-support': f.senProvision === 'K', ehcp: f.senProvision === 'E' });
  if (f.pupilPremium !== undefined) out['pupil-premium'] = f.pupilPremium;
  if (f.lookedAfter !== undefined) out['looked-after'] = f.lookedAfter;
  return out;
}

/**
 * Brings statuses in line with the roster's optional columns: a status the
 * roster gives that is not current starts today (source "roster"); a status
 * the roster now denies is ended today, but only if the roster set it — a
 * DSL's own record is never ended by an import. One query for all pupils.
 */
export async function applyRosterFlags(deps: Deps, ctx: RequestContext, rows: readonly RosterRow[], childIdOf: Map<string, string>, today: string) {
  const plans = rows.map((r) => ({ childId: childIdOf.get(r.upn), want: wanted(r) })).filter((p) => p.childId && Object.keys(p.want).length);
  if (plans.length === 0) return;
  const current = await deps.store.statusFlags.current(ctx.school.id, plans.map((p) => p.childId!), ROSTER_KINDS, today);
  for (const { childId, want } of plans) {
    for (const [kind, on] of Object.entries(want) as [StatusFlagKind, boolean][]) {
      const open = current.find((f) => f.childId === childId && f.flag === kind);
      if (on && !open) await startFlag(deps, ctx, childId!, kind, today);
      if (!on && open?.source === 'roster') await endFlag(deps, ctx, open.id, today);
    }
  }
}

async function startFlag(deps: Deps, ctx: RequestContext, childId: string, kind: StatusFlagKind, today: string) {
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const now = deps.clock().toISOString();
  const flag: StatusFlag = {
    id: rosterFlagId(childId, kind, today), type: 'statusFlag', schoolId: ctx.school.id, childId, flag: kind, startDate: today, source: 'roster',
    createdBy: me, recordedAt: now, version: 1, updatedAt: now, updatedBy: me, auditHead: '',
  };
  const event = chainedEvent(deps, ctx, { action: 'statusFlag.set', recordType: 'statusFlag', recordId: flag.id }, 1, undefined, { record: flag });
  flag.auditHead = event.hash;
  await deps.store.statusFlags.create(flag, event).catch(ignoreExisting);
}

async function endFlag(deps: Deps, ctx: RequestContext, id: string, today: string) {
  const found = await deps.store.statusFlags.get(ctx.school.id, id);
  if (!found || found.value.endDate) return;
  const now = deps.clock().toISOString();
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const next: StatusFlag = { ...found.value, endDate: today < found.value.startDate ? found.value.startDate : today, version: found.value.version + 1, updatedAt: now, updatedBy: me };
  const version = {
    id: `${id}:v${next.version}`, type: 'statusFlagVersion' as const, schoolId: ctx.school.id, statusFlagId: id,
    version: next.version, changedBy: me, changedAt: now, changes: diffFields(found.value, next, ['endDate']),
  };
  const event = chainedEvent(deps, ctx, { action: 'statusFlag.end', recordType: 'statusFlag', recordId: id }, next.version, found.value.auditHead, { record: next, version });
  next.auditHead = event.hash;
  await deps.store.statusFlags.replace(next, found.etag, version, event);
}

const ignoreExisting = (e: unknown) => {
  if (!(e instanceof LanternError && e.code === 'already_exists')) throw e;
};
