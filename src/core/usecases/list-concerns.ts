import { z } from 'zod';
import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { CONCERN_STATUSES } from '../model/concern.js';
import { allow, canListConcerns, concernScope } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import { isoDateTime, recordId, text } from '../validation/text.js';
import type { Deps, RequestContext } from './context.js';
import { currentFlagBadges, withFlagBadges } from '../child-status/current-flags.js';
import { concernView } from './concern-view.js';

export const listConcernsQuerySchema = z.strictObject({
  status: z.enum(CONCERN_STATUSES).optional(),
  childId: recordId.optional(),
  category: z.string().max(64).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  order: z.enum(['recordedAt-asc', 'recordedAt-desc', 'occurredAt-asc']).default('recordedAt-desc'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(4096).optional(),
  /** A reference (C-7K3QF9) or words in the account; only within what the caller may read. */
  q: text(200).optional(),
});

const CONCERN_REF = /^C-[A-Z0-9]{4,12}$/i;

/** "C-7k3qf9" → a reference; anything else → up to 8 words of at least 2 characters, lower case. */
export function searchTerms(q: string | undefined): { ref?: string; words?: string[] } {
  const s = (q ?? '').trim();
  if (!s) return {};
  if (CONCERN_REF.test(s)) return { ref: s.toUpperCase() };
  const words = [...new Set(s.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter((w) => w.length >= 2))].slice(0, 8);
  return { words: words.length ? words : [s.toLowerCase()] };
}

/** The concerns the caller may read, filtered and paged; the triage queue is `status=new&order=recordedAt-asc`. */
export async function listConcerns(deps: Deps, ctx: RequestContext, rawQuery: unknown) {
  const q = parseInput(listConcernsQuerySchema, rawQuery, 'query');
  const facts = { action: 'concern.list', recordType: 'concern', recordId: '*' } as const;
  if (!canListConcerns(ctx.actor)) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', 'You have no access to concerns in this school.');
  }
  const page = await deps.store.concerns.query(
    ctx.school.id,
    {
      scope: concernScope(ctx.actor),
      status: q.status,
      childId: q.childId,
      category: q.category,
      occurredFrom: q.from,
      occurredTo: q.to,
      order: q.order,
      ...searchTerms(q.q),
    },
    { limit: q.limit, cursor: q.cursor },
  );
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  // The store applies the policy as a filter; checking again here means a store bug cannot leak a record.
  const readable = page.items.filter((c) => allow(ctx.actor, 'read', c));
  const flags = await currentFlagBadges(deps, ctx, readable.flatMap((c) => c.childIds));
  return { items: readable.map((c) => withFlagBadges(concernView(ctx.actor, c), flags)), cursor: page.cursor };
}
