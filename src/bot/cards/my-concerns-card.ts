import type { ConcernView } from '../../core/usecases/concern-view.js';
import { card, execute, heading, openUrl, paragraph, type AdaptiveCard } from './adaptive.js';
import { when } from './format.js';
import { VERBS } from './proactive-cards.js';

export interface MyConcernsModel {
  concerns: Pick<ConcernView, 'id' | 'schoolId' | 'ref' | 'status' | 'recordedAt' | 'createdBy'>[];
  myOid: string;
  timeZone: string;
  openLantern: string;
}

const STATUS_WORDS: Record<ConcernView['status'], string> = { new: 'waiting for a DSL', triaged: 'with the DSL', closed: 'closed' };

/** "my concerns": references and states only (the card stays in the chat); details one at a time, on request. */
export function myConcernsCard(m: MyConcernsModel): AdaptiveCard {
  if (m.concerns.length === 0) {
    return card([heading('Your concerns'), paragraph('You have not logged a concern, and none has been shared with you.')], [openUrl('Open Lantern', m.openLantern)]);
  }
  const line = (c: MyConcernsModel['concerns'][number]) =>
    `${c.ref} — ${c.createdBy.oid === m.myOid ? 'logged by you' : 'shared with you'}, ${when(c.recordedAt, m.timeZone)} — ${STATUS_WORDS[c.status] ?? 'in progress'}`;
  return card(
    [heading('Your concerns'), ...m.concerns.map((c) => paragraph(line(c), { spacing: 'small' }))],
    [
      ...m.concerns.slice(0, 4).map((c) => execute(`Show ${c.ref}`, VERBS.show, { schoolId: c.schoolId, concernId: c.id, view: 'mine' })),
      openUrl('Open Lantern', m.openLantern),
    ],
  );
}
