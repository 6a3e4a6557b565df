import type { Concern, ConcernAction } from '../../model/concern.js';
import type { ChronologyEntry, ChronologySource } from '../entry.js';

/** Actions on the child's concerns: when each was set, when it falls due, and when it was done. */
export const actionSource: ChronologySource = {
  kinds: [
    { id: 'action-set', label: 'Action set' },
    { id: 'action', label: 'Action due' },
    { id: 'action-done', label: 'Action done' },
    { id: 'action-changed', label: 'Action reassigned or withdrawn' },
  ],
  async entries({ records }) {
    return (await records.concerns()).flatMap((c) => c.actions.flatMap((a) => entriesOf(c, a)));
  },
};

function entriesOf(c: Concern, a: ConcernAction): ChronologyEntry[] {
  const base = { summary: a.description, details: [{ label: 'Assigned to', value: a.assignee.name }], categories: c.categories, record: { type: 'concern', id: c.id, ref: c.ref } };
  const out: ChronologyEntry[] = [];
  if (a.setAt) out.push({ ...base, id: `action-set:${c.id}:${a.id}`, kind: 'action-set', at: a.setAt, recordedAt: a.setAt, by: a.setBy, title: `Action set for ${a.assignee.name}` });
  for (const [i, e] of (a.history ?? []).entries()) {
    if (e.kind !== 'reassigned' && e.kind !== 'withdrawn') continue;
    const title = e.kind === 'withdrawn' ? `Action withdrawn from ${a.assignee.name}` : `Action moved from ${e.from?.name ?? 'a colleague'} to ${e.to?.name ?? 'a colleague'}`;
    out.push({ ...base, id: `action-changed:${c.id}:${a.id}:${i}`, kind: 'action-changed', at: e.at, recordedAt: e.at, by: e.by, title });
  }
  if (!a.withdrawnAt) out.push({ ...base, id: `action:${c.id}:${a.id}`, kind: 'action', at: a.dueDate, dateOnly: true, title: `Action due: ${a.description}` });
  if (a.done && a.doneAt) out.push({ ...base, id: `action-done:${c.id}:${a.id}`, kind: 'action-done', at: a.doneAt, recordedAt: a.doneAt, by: a.doneBy, title: `Action done: ${a.description}` });
  return out;
}
