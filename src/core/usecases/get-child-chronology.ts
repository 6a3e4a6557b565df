import { z } from 'zod';
import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { allow, concernScope } from '../policy/index.js';
import type { Concern } from '../model/concern.js';
import { parseInput } from '../validation/parse.js';
import { isoDateTime } from '../validation/text.js';
import type { Deps, RequestContext } from './context.js';
import { childDetails } from './list-children.js';
import { receivedEntries } from './received-chronology.js';
import { caseNoteEntries } from '../case-notes/case-note-entries.js';
import { statusFlagEntries } from '../child-status/status-flag-entries.js';

export const chronologyQuerySchema = z.strictObject({
  category: z.string().max(64).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
});

const MAX_PAGES = 50;

/** Everything the caller may see about one child, oldest first: concerns and their actions. */
export async function getChildChronology(deps: Deps, ctx: RequestContext, childId: string, rawQuery: unknown) {
  const q = parseInput(chronologyQuerySchema, rawQuery, 'query');
  const facts = { action: 'chronology.read', recordType: 'child', recordId: childId } as const;
  const [child] = await deps.store.children.getMany(ctx.school.id, [childId]);
  if (!child || !allow(ctx.actor, 'readChronology')) {
    await audit(deps, ctx, { ...facts, outcome: child ? 'denied' : 'failed' });
    if (child) throw new LanternError('forbidden', "Only DSLs and category readers can read a child's chronology.");
    throw new LanternError('not_found', 'Child was not found.');
  }
  const concerns = await allConcernsAbout(deps, ctx, childId, q);
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  const entries = [...concerns.filter((c) => allow(ctx.actor, 'read', c)).flatMap((c) => entriesOf(c, childId)), ...(await receivedEntries(deps, ctx, childId, q)), ...(await ownEntries(deps, ctx, childId, q))];
  return { child: childDetails(child), entries: entries.sort((a, b) => a.at.localeCompare(b.at)) };
}

/** Entries of records that carry no category: shown unless the reader filters by category. */
async function ownEntries(deps: Deps, ctx: RequestContext, childId: string, q: z.infer<typeof chronologyQuerySchema>) {
  if (q.category) return [];
  return [...(await caseNoteEntries(deps, ctx, childId, q)), ...(await statusFlagEntries(deps, ctx, childId, q))];
}

async function allConcernsAbout(deps: Deps, ctx: RequestContext, childId: string, q: z.infer<typeof chronologyQuerySchema>) {
  const all: Concern[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await deps.store.concerns.query(
      ctx.school.id,
      { scope: concernScope(ctx.actor), childId, category: q.category, occurredFrom: q.from, occurredTo: q.to, order: 'occurredAt-asc' },
      { limit: 100, cursor },
    );
    all.push(...page.items);
    cursor = page.cursor;
    if (!cursor) break;
  }
  return all;
}

const entriesOf = (c: Concern, childId: string) => [
  {
    kind: 'concern' as const,
    at: c.occurredAt,
    concernId: c.id,
    ref: c.ref,
    role: c.children.find((x) => x.childId === childId)?.role,
    categories: c.categories,
    account: c.account,
    status: c.status,
    recordedBy: c.createdBy,
  },
  ...c.actions.map((a) => ({ kind: 'action' as const, at: `${a.dueDate}T17:00:00Z`, concernId: c.id, ref: c.ref, description: a.description, assignee: a.assignee, done: a.done })),
];
