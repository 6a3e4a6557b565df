import { audit } from '../audit/audit-writer.js';
import { childDisplayName } from '../model/child.js';
import type { Transfer } from '../model/transfer.js';
import { parseInput } from '../validation/parse.js';
import { transferListQuerySchema } from '../validation/transfer-input.js';
import type { Deps, RequestContext } from './context.js';
import { requireRecordsAbility } from './records-guard.js';
import { DSL_ONLY, loadTransfer, transferFacts } from './transfer-access.js';
import { transferView } from './transfer-view.js';

const MAX_PAGES = 100;

/**
 * Transfers (newest first), and the leavers the roster marked whose child
 * protection file has no transfer yet — the DSL's to-do list. DSLs only.
 */
export async function listTransfers(deps: Deps, ctx: RequestContext, rawQuery: unknown) {
  const q = parseInput(transferListQuerySchema, rawQuery, 'query');
  await requireRecordsAbility(deps, ctx, 'manageTransfers', transferFacts('transfer.list', '*'), DSL_ONLY);
  const transfers = await allTransfers(deps, ctx);
  const [children, concerns, referrals] = await Promise.all([
    deps.store.children.list(ctx.school.id),
    deps.store.retention.fileConcerns(ctx.school.id),
    deps.store.retention.fileReferrals(ctx.school.id),
  ]);
  await audit(deps, ctx, { ...transferFacts('transfer.list', '*'), outcome: 'success' });
  const names = new Map(children.map((c) => [c.id, childDisplayName(c)]));
  const withFile = new Set([...concerns.flatMap((c) => c.childIds), ...referrals.map((r) => r.childId)]);
  const transferred = new Set(transfers.filter((t) => t.status !== 'cancelled').map((t) => t.childId));
  const leavers = children.filter((c) => c.leftAt && withFile.has(c.id) && !transferred.has(c.id)).map((c) => ({ childId: c.id, name: childDisplayName(c), upn: c.upn, leftAt: c.leftAt }));
  const now = deps.clock();
  const wanted = transfers.filter((t) => !q.status || (q.status === 'awaiting-receipt' ? t.status === 'sent' : t.status === q.status));
  return { items: wanted.map((t) => transferView(t, now, names.get(t.childId))), leaversWithoutTransfer: leavers };
}

async function allTransfers(deps: Deps, ctx: RequestContext): Promise<Transfer[]> {
  const items: Transfer[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await deps.store.transfers.query(ctx.school.id, {}, { limit: 100, cursor });
    items.push(...page.items);
    cursor = page.cursor;
    if (!cursor) break;
  }
  return items;
}

/** One transfer with the child's name; ETag for If-Match. */
export async function getTransfer(deps: Deps, ctx: RequestContext, id: string) {
  const found = await loadTransfer(deps, ctx, id, 'transfer.read');
  const [child] = await deps.store.children.getMany(ctx.school.id, [found.value.childId]);
  await audit(deps, ctx, { ...transferFacts('transfer.read', id), outcome: 'success' });
  return { transfer: transferView(found.value, deps.clock(), child && childDisplayName(child)), etag: found.etag };
}
