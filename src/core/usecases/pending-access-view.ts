import { hasRole, type Actor } from '../model/actor.js';
import type { School } from '../model/school.js';
import { openChanges } from './access-changes.js';

/**
 * The changes that widen access and wait for a second person, as the access
 * report shows them to `actor`: what each would do (in words), who asked, when,
 * when it lapses, and whether this reader may decide it (a DSL who did not ask).
 * `id` is for the approve / reject call only; it is never shown to a person.
 */
export function pendingAccessView(school: School, actor: Actor, now: Date) {
  return openChanges(school, now).map((p) => {
    const askedByYou = p.requestedBy.oid.toLowerCase() === actor.oid.toLowerCase();
    return {
      id: p.id,
      summary: p.summary,
      requestedBy: { name: p.requestedBy.name },
      requestedAt: p.requestedAt,
      expiresAt: p.expiresAt,
      askedByYou,
      canDecide: hasRole(actor, 'dsl') && !askedByYou,
    };
  });
}

export type PendingAccessView = ReturnType<typeof pendingAccessView>[number];
