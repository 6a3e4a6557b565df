import { audit, chainedEvent } from '../audit/audit-writer.js';
import { localDate } from '../calendar/local-time.js';
import { invalid, LanternError } from '../errors.js';
import { allowStatusFlag } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { diffFields } from '../usecases/record-changes.js';
import type { StatusFlag, StatusFlagVersion } from './status-flag.js';
import { statusFlagUpdateSchema, type StatusFlagUpdate } from './status-flag-input.js';
import { statusFlagView } from './status-flag-view.js';

const TRACKED: (keyof StatusFlag)[] = ['startDate', 'endDate', 'cpCategory'];

/** Ends a status period or corrects its start or plan category. If-Match guarded; the old values stay in its history. */
export async function updateStatusFlag(deps: Deps, ctx: RequestContext, id: string, body: unknown, ifMatch?: string) {
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the version you are changing.');
  const update = parseInput(statusFlagUpdateSchema, body, 'change');
  const action = `statusFlag.${update.op}`;
  const found = await deps.store.statusFlags.get(ctx.school.id, id);
  if (!found || !allowStatusFlag(ctx.actor, 'update', found.value)) {
    await audit(deps, ctx, { action, recordType: 'statusFlag', recordId: id, outcome: found ? 'denied' : 'failed' });
    if (found && allowStatusFlag(ctx.actor, 'read', found.value)) throw new LanternError('forbidden', "Only a DSL can change a child's status.");
    throw new LanternError('not_found', 'Status was not found.');
  }
  if (found.etag !== ifMatch) throw new LanternError('version_conflict', `${found.value.updatedBy.name} changed this status after you opened it. Reload, then make your change again.`);
  const now = deps.clock().toISOString();
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const next: StatusFlag = { ...applyFlagUpdate(found.value, update), version: found.value.version + 1, updatedAt: now, updatedBy: me };
  const version: StatusFlagVersion = {
    id: `${id}:v${next.version}`, type: 'statusFlagVersion', schoolId: ctx.school.id, statusFlagId: id,
    version: next.version, changedBy: me, changedAt: now, changes: diffFields(found.value, next, TRACKED),
  };
  const event = chainedEvent(deps, ctx, { action, recordType: 'statusFlag', recordId: id }, next.version, found.value.auditHead, { record: next, version });
  next.auditHead = event.hash;
  const saved = await deps.store.statusFlags.replace(next, found.etag, version, event);
  return { flag: statusFlagView(ctx.actor, saved.value, localDate(deps.clock(), ctx.school.timeZone)), etag: saved.etag };
}

function applyFlagUpdate(f: StatusFlag, u: StatusFlagUpdate): StatusFlag {
  if (u.op === 'end') {
    if (f.endDate) throw new LanternError('invalid_state', `This status already ended on ${f.endDate}.`);
    if (u.endDate < f.startDate) throw invalid('endDate: must not be before the start date.', [{ path: 'endDate', message: 'must not be before the start date' }]);
    return { ...f, endDate: u.endDate };
  }
  if (u.changes.cpCategory && f.flag !== 'child-protection-plan') {
    throw invalid('changes.cpCategory: only a child protection plan has a category.', [{ path: 'changes.cpCategory', message: 'only a child protection plan has a category' }]);
  }
  const next = { ...f, ...u.changes };
  if (next.endDate && next.endDate < next.startDate) throw invalid('changes.startDate: must not be after the end date.', [{ path: 'changes.startDate', message: 'must not be after the end date' }]);
  return next;
}
