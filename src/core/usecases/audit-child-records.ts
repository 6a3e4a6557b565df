import type { Page, PageRequest } from '../ports/store.js';
import type { Deps } from './context.js';

/** Records per child are few (tens); pages are drained up to this bound. */
const PAGE = 200;
const MAX_PAGES = 50;

async function drain<T extends { id: string }>(fetch: (page: PageRequest) => Promise<Page<T>>): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await fetch({ limit: PAGE, cursor });
    ids.push(...page.items.map((r) => r.id));
    if (!(cursor = page.cursor)) break;
  }
  return ids;
}

/**
 * Every record id the audit trail may name for a child: the child itself
 * (chronology reads), its concerns, referrals, subject access requests,
 * transfers out and packs received, and its retention file and deletion
 * record. Resolved at query time, so audit events need no child field.
 */
export async function recordsAboutChild(deps: Deps, schoolId: string, childId: string): Promise<string[]> {
  const { store } = deps;
  const found = await Promise.all([
    drain((p) => store.concerns.query(schoolId, { scope: { kind: 'all' }, childId, order: 'recordedAt-asc' }, p)),
    drain((p) => store.referrals.query(schoolId, { childId }, p)),
    drain((p) => store.subjectAccess.query(schoolId, { childId }, p)),
    drain((p) => store.transfers.query(schoolId, { childId }, p)),
    store.transfers.receivedFor(schoolId, childId).then((packs) => packs.map((r) => r.id)),
  ]);
  return [...new Set([childId, `retention:${childId}`, `deletion:${childId}`, ...found.flat()])];
}
