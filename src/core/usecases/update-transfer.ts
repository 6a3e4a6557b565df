import { chainedEvent } from '../audit/audit-writer.js';
import { calendarFor } from '../calendar/school-calendar.js';
import { LanternError } from '../errors.js';
import { endOfDay, receiptDueAt, type Transfer } from '../model/transfer.js';
import { parseInput } from '../validation/parse.js';
import { transferUpdateSchema, type TransferUpdate } from '../validation/transfer-input.js';
import { checkNotFuture } from './check-references.js';
import type { Deps, RequestContext } from './context.js';
import { loadTransfer, transferFacts } from './transfer-access.js';

const ALLOWED_FROM: Record<TransferUpdate['op'], Transfer['status'][]> = {
  recordSent: ['preparing'],
  recordChase: ['sent'],
  confirmReceipt: ['sent'],
  cancel: ['preparing', 'sent'],
};

/**
 * Records that the pack was sent (when, how, to whom) — which starts the
 * 5-school-day receipt clock — a chase, the new school's confirmation of
 * receipt, or a cancellation. If-Match; each change is chained in the audit trail.
 */
export async function updateTransfer(deps: Deps, ctx: RequestContext, id: string, body: unknown, ifMatch?: string) {
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the transfer you are changing.');
  const u = parseInput(transferUpdateSchema, body, 'change');
  const found = await loadTransfer(deps, ctx, id, `transfer.${u.op}`);
  if (found.etag !== ifMatch) throw new LanternError('version_conflict', `${found.value.updatedBy.name} changed this transfer after you opened it. Reload, then make your change again.`);
  const t = found.value;
  if (!ALLOWED_FROM[u.op].includes(t.status)) throw new LanternError('invalid_state', `This transfer is ${t.status}; that change is not possible now.`);
  if (u.op === 'recordSent' && !t.pack) throw new LanternError('invalid_state', 'Build the transfer pack before recording that it was sent.');
  if ('at' in u) checkNotFuture(u.at, deps.clock(), 'at');
  const now = deps.clock().toISOString();
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const changed = apply(deps, ctx, t, u, me);
  const event = chainedEvent(deps, ctx, transferFacts(`transfer.${u.op}`, id), t.version + 1, t.auditHead);
  const next: Transfer = { ...changed, version: t.version + 1, updatedAt: now, updatedBy: me, auditHead: event.hash };
  const saved = await deps.store.transfers.replace(next, found.etag, event);
  return { transfer: saved.value, etag: saved.etag };
}

function apply(deps: Deps, ctx: RequestContext, t: Transfer, u: TransferUpdate, me: { oid: string; name: string }): Transfer {
  const { receiptDueAt: _due, ...settled } = t;
  switch (u.op) {
    case 'recordSent':
      return { ...t, status: 'sent', sent: { at: u.at, method: u.method, to: u.to, recordedBy: me }, receiptDueAt: receiptDueAt(calendarFor(ctx.school), new Date(u.at)), deadlineCycle: 1 };
    case 'recordChase': {
      const chase = { id: `ch-${deps.newId()}`, at: u.at, method: u.method, who: u.who, note: u.note, recordedBy: me, ...(u.nextChaseDate ? { nextChaseDate: u.nextChaseDate } : {}) };
      const moved = u.nextChaseDate ? { receiptDueAt: endOfDay(u.nextChaseDate, ctx.school.timeZone), deadlineCycle: t.deadlineCycle + 1 } : {};
      return { ...t, chases: [...t.chases, chase], ...moved };
    }
    case 'confirmReceipt':
      return { ...settled, status: 'received', receipt: { at: u.at, confirmedBy: u.confirmedBy, recordedBy: me } };
    case 'cancel':
      return { ...settled, status: 'cancelled', cancelled: { reason: u.reason, by: me, at: deps.clock().toISOString() } };
  }
}
