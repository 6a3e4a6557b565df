import type { Concern, ConcernAction } from '../../model/concern.js';
import type { ChronologyEntry, ChronologySource } from '../entry.js';

/** Actions on the child's concerns: when each was set, when it falls due, and when it was done. */
export const actionSource: ChronologySource = {
  kinds: [
    { id: 'action-set', label: 'Action set' },
    { id: 'action', label: 'Action due' },
    { id: 'action-done', label: 'Action done' },
  ],
  async entries({ records }) {
    return (await records.concerns()).flatMap((c) => c.actions.flatMap((a) => entriesOf(c, a)));
  },
};

function entriesOf(c: Concern, a: ConcernAction): ChronologyEntry[] {
  const base = { summary: a.description, details: [{ label: 'Assigned to', value: a.assignee.name }], categories: c.categories, record: { type: 'concern', id: c.id, ref: c.ref } };
  const out: ChronologyEntry[] = [];
  if (a.setAt) out.push({ ...base, id: `action-set:${c.id}:${a.id}`, kind: 'action-set', at: a.setAt, recordedAt: a.setAt, by: a.setBy, title: `Action set for ${a.assignee.name}` });
  out.push({ ...base, id: `action:${c.id}:${a.id}`, kind: 'action', at: a.dueDate, dateOnly: true, title: `Action due: ${a.description}` });
  if (a.done && a.doneAt) out.push({ ...base, id: `action-done:${c.id}:${a.id}`, kind: 'action-done', at: a.doneAt, recordedAt: a.doneAt, by: a.doneBy, title: `Action done: ${a.description}` });
  return out;
}
