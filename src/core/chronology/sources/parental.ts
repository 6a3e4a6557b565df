import type { Concern } from '../../model/concern.js';
import type { ChronologyEntry, ChronologySource } from '../entry.js';
import { details } from '../entry.js';

/** A DSL's recorded decision on telling parents/carers about a concern (told, or why not). */
export const parentalSource: ChronologySource = {
  kinds: [{ id: 'parental-decision', label: 'Decision on telling parents' }],
  async entries({ records }) {
    return (await records.concerns()).flatMap((c) => (c.parentsInformed.decidedAt ? [entryOf(c)] : []));
  },
};

function entryOf(c: Concern): ChronologyEntry {
  const p = c.parentsInformed;
  return {
    id: `parental-decision:${c.id}`,
    kind: 'parental-decision',
    at: p.at ?? p.decidedAt!,
    recordedAt: p.decidedAt!,
    by: p.decidedBy,
    title: p.informed ? 'Parents or carers told' : 'Decision not to tell parents or carers',
    summary: p.informed ? undefined : p.reason,
    details: details([['Told by', p.by]]),
    categories: c.categories,
    record: { type: 'concern', id: c.id, ref: c.ref },
  };
}
