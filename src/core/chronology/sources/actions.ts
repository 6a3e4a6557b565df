import type { Concern, ConcernAction } from '../../model/concern.js';
import type { ChronologyEntry, ChronologySource } from '../entry.js';

/** Actions set on the child's concerns: when each falls due, and when it was done. */
export const actionSource: ChronologySource = {
  kinds: [
    { id: 'action', label: 'Action due' },
    { id: 'action-done', label: 'Action done' },
  ],
  async entries({ records }) {
    return (await records.concerns()).flatMap((c) => c.actions.flatMap((a) => entriesOf(c, a)));
  },
};

function entriesOf(c: Concern, a: ConcernAction): ChronologyEntry[] {
  const base = { summary: a.description, details: [{ label: 'Assigned to', value: a.assignee.name }], categories: c.categories, record: { type: 'concern', id: c.id, ref: c.ref } };
  const due: ChronologyEntry = { ...base, id: `action:${c.id}:${a.id}`, kind: 'action', at: a.dueDate, dateOnly: true, title: `Action due: ${a.description}` };
  if (!a.done || !a.doneAt) return [due];
  return [due, { ...base, id: `action-done:${c.id}:${a.id}`, kind: 'action-done', at: a.doneAt, recordedAt: a.doneAt, by: a.assignee, title: `Action done: ${a.description}` }];
}
