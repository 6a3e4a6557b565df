import type { ConcernView } from '../../core/usecases/concern-view.js';
import { TRIAGE_DECISIONS } from '../../core/validation/update-input.js';
import {
  card, execute, factSet, heading, openUrl, paragraph, verbatim, warning,
  type Action, type AdaptiveCard, type Element,
} from './adaptive.js';
import { DECISION_TITLES, ROLE_NAMES, decisionTitle, when } from './format.js';
import { yearLabel } from './concern-form-card.js';
import { VERBS, type CardView } from './proactive-cards.js';

export interface DetailsModel {
  concern: ConcernView;
  etag: string;
  view: CardView;
  categoryNames: string[];
  timeZone: string;
  openInLantern: string;
  canWithdraw: boolean;
  notice?: string;
  /** Triage inputs as typed, kept after a refused attempt. */
  triage?: { decision: string; reasons: string; priority?: string; priorityReason?: string; problem?: string };
}

const PRIORITY_WORDS: Record<string, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

export const TRIAGE_INPUT = { decision: 'triageDecision', reasons: 'triageReasons', priority: 'triagePriority', priorityReason: 'triagePriorityReason' } as const;

/**
 * The full concern, returned to one person in answer to "Show details" (a
 * user-specific view; the read is audited). "Hide details" puts the original
 * card back.
 */
export function detailsCard(m: DetailsModel): AdaptiveCard {
  const c = m.concern;
  const ids = { schoolId: c.schoolId, concernId: c.id };
  const body: Element[] = [
    heading(`Concern ${c.ref}`),
    ...(m.notice ? [warning(m.notice, 'notice')] : []),
    factSet([
      { title: 'Children', value: c.children.map((k) => `${k.name ?? k.childId}${k.yearGroup ? ` (${yearLabel(k.yearGroup)})` : ''} — ${ROLE_NAMES[k.role] ?? k.role}`).join('; ') },
      { title: 'Categories', value: m.categoryNames.join(', ') },
      { title: 'Happened', value: when(c.occurredAt, m.timeZone) },
      { title: 'Logged by', value: `${c.createdBy.name}, ${when(c.recordedAt, m.timeZone)}` },
      ...(c.priority ? [{ title: 'Priority', value: `${PRIORITY_WORDS[c.priority.level] ?? c.priority.level} — ${c.priority.reason}` }] : []),
      { title: 'Status', value: c.triage ? `Triaged by ${c.triage.by.name}: ${decisionTitle(c.triage.decision)}` : c.status },
      { title: 'Parents/carers told', value: c.parentsInformed.informed ? 'Yes' : `No — ${c.parentsInformed.reason ?? ''}` },
      { title: 'Alerted', value: c.alertedStaff.map((p) => p.name).join(', ') },
    ]),
    ...section('What happened', c.account),
    ...section('Parents, carers or other adults involved', (c.otherPeople ?? []).map((p) => `${p.name} (${p.relationship})${p.part ? `: ${p.part}` : ''}`).join('\n')),
    ...section('Where', c.location),
    ...section('Action already taken', c.actionTaken),
    ...(m.view === 'triage' && c.can.triage ? triageInputs(m) : []),
  ];
  const actions: Action[] = [
    ...(m.view === 'triage' && c.can.triage ? [execute('Mark triaged', VERBS.triage, { ...ids, etag: m.etag }, { associatedInputs: 'auto', style: 'positive' })] : []),
    execute('Hide details', VERBS.hide, { ...ids, ref: c.ref, recordedAt: c.recordedAt, categories: c.categories, urgent: c.urgent === true, view: m.view }, { associatedInputs: 'none' }),
    openUrl('Open in Lantern', m.openInLantern),
    ...(m.canWithdraw
      ? c.alertedStaff.map((p) => execute(`Withdraw alert: ${p.name}`, VERBS.withdraw, { ...ids, oid: p.oid, etag: m.etag, view: m.view }, { style: 'destructive', associatedInputs: 'none' }))
      : []),
  ];
  return card(body, actions);
}

const section = (title: string, text: string): Element[] => (text ? [paragraph(`**${title}**`, { spacing: 'medium' }), verbatim(text)] : []);

function triageInputs(m: DetailsModel): Element[] {
  return [
    paragraph('**Triage**', { spacing: 'medium' }),
    ...(m.triage?.problem ? [warning(m.triage.problem, 'triageProblem')] : []),
    {
      type: 'Input.ChoiceSet', id: TRIAGE_INPUT.decision, label: 'Decision', isRequired: true, errorMessage: 'Choose a decision.', style: 'compact',
      value: m.triage?.decision || undefined, choices: TRIAGE_DECISIONS.map((d) => ({ title: DECISION_TITLES[d], value: d })),
    },
    {
      type: 'Input.Text', id: TRIAGE_INPUT.reasons, label: 'Reasons', isRequired: true, errorMessage: 'Give your reasons.', isMultiline: true,
      maxLength: 5_000, value: m.triage?.reasons || undefined,
    },
    {
      type: 'Input.ChoiceSet', id: TRIAGE_INPUT.priority, label: 'Priority (optional)', style: 'compact',
      value: m.triage?.priority || undefined, choices: [{ title: 'Red — act today', value: 'red' }, { title: 'Amber — act this week', value: 'amber' }, { title: 'Green — can wait', value: 'green' }],
    },
    { type: 'Input.Text', id: TRIAGE_INPUT.priorityReason, label: 'Reason for the priority', maxLength: 500, value: m.triage?.priorityReason || undefined },
  ];
}
