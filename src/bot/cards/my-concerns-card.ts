import type { ConcernView } from '../../core/usecases/concern-view.js';
import { card, execute, heading, openUrl, paragraph, type AdaptiveCard } from './adaptive.js';
import { decisionTitle, when } from './format.js';
import { ageInWords, VERBS } from './proactive-cards.js';

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

type Item = Pick<ConcernView, 'id' | 'schoolId' | 'ref' | 'status' | 'recordedAt' | 'createdBy' | 'urgent' | 'priority' | 'triage'>;

export interface TriageWorkModel {
  waiting: Item[];
  more: boolean;
  triaged: Item[];
  myOid: string;
  now: Date;
  timeZone: string;
  openLantern: string;
}

const PRIORITY_WORDS = { red: 'red priority', amber: 'amber priority', green: 'green priority' } as const;

/** A DSL's "my concerns": the triage queue in order, then recent triage decisions (theirs named as theirs). */
export function triageWorkCard(m: TriageWorkModel): AdaptiveCard {
  const waiting = (c: Item) =>
    [c.ref, c.urgent ? 'a child may be at immediate risk' : undefined, c.priority ? PRIORITY_WORDS[c.priority.level] : undefined, `waiting ${ageInWords(c.recordedAt, m.now).replace(/ ago$/, '')}`.replace('waiting just now', 'logged just now')]
      .filter(Boolean).join(' — ');
  const done = (c: Item) =>
    `${c.ref} — ${c.triage ? `${c.triage.by.oid === m.myOid ? 'triaged by you' : `triaged by ${c.triage.by.name}`}: ${decisionTitle(c.triage.decision)}, ${when(c.triage.at, m.timeZone)}` : 'triaged'}`;
  const body = [
    heading('Your triage work'),
    paragraph(m.waiting.length ? `Waiting for triage${m.more ? ' (the first few, most pressing first)' : ', most pressing first'}:` : 'Nothing is waiting for triage.'),
    ...m.waiting.map((c) => paragraph(waiting(c), { spacing: 'small' })),
    ...(m.triaged.length ? [paragraph('Recently triaged:', { spacing: 'medium' }), ...m.triaged.map((c) => paragraph(done(c), { spacing: 'small' }))] : []),
  ];
  return card(body, [
    ...m.waiting.slice(0, 4).map((c) => execute(`Show ${c.ref}`, VERBS.show, { schoolId: c.schoolId, concernId: c.id, view: 'triage' })),
    openUrl('Open Lantern', m.openLantern),
  ]);
}
