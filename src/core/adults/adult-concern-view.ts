import type { Actor } from '../model/actor.js';
import type { AdultConcernSettings } from '../model/school.js';
import { allowAdultConcern } from '../policy/index.js';
import { OUTCOME_DEFINITIONS, type AdultConcern } from './adult-concern.js';

const ROLE_WORDS: Record<AdultConcern['subject']['kind'], string> = {
  staff: 'Member of staff',
  'supply-worker': 'Supply worker',
  volunteer: 'Volunteer',
  contractor: 'Contractor',
};

/** The record as a case manager sees it, with what they may do next. */
export function adultConcernView(actor: Actor, c: AdultConcern, settings: AdultConcernSettings | undefined) {
  const { requestHash: _h, auditHead: _a, ladoDueAt: _d, type: _t, ...rest } = c;
  const work = allowAdultConcern(actor, 'work', c, settings) && c.status === 'open';
  return {
    ...rest,
    subjectRole: ROLE_WORDS[c.subject.kind],
    ...(c.outcome && { outcomeDefinition: OUTCOME_DEFINITIONS[c.outcome.outcome] }),
    ladoOverdue: c.kind === 'allegation' && c.lado !== undefined && !c.lado.referredAt && Date.parse(c.lado.dueAt) < Date.now(),
    abilities: {
      initialConsideration: work && c.kind === 'allegation' && !c.initialConsideration,
      ladoReferral: work && c.kind === 'allegation' && !c.lado?.referredAt,
      ladoContact: work && c.kind === 'allegation',
      review: work && c.kind === 'low-level',
      treatAsAllegation: work && c.kind === 'low-level',
      outcome: work && c.kind === 'allegation' && !c.outcome,
      close: work,
    },
  };
}

/** What the person who logged it sees: that they did, and when — never the record. */
export const adultConcernReceipt = (c: AdultConcern) => ({
  id: c.id,
  ref: c.ref,
  kind: c.kind,
  recordedAt: c.recordedAt,
  selfReport: c.selfReport,
});
