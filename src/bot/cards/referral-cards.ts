import type { AlertKind } from '../../core/model/alert.js';
import { CONTACT_METHODS } from '../../core/model/referral.js';
import { card, execute, heading, openUrl, paragraph, warning, type AdaptiveCard, type Element } from './adaptive.js';

/** Verbs of the referral alert's Action.Execute buttons. */
export const REFERRAL_VERBS = {
  openChase: 'openReferralChase',
  logChase: 'logReferralChase',
} as const;

/** Which referral a card is about: ids for the action, the reference to show. Never a child. */
export interface ReferralRef {
  schoolId: string;
  referralId: string;
  ref: string;
}

const HEADINGS: Record<AlertKind, string> = {
  'due-soon': 'Referral due soon',
  overdue: 'Referral overdue',
  escalation: 'Referral still overdue',
};

/**
 * The scheduler's alert about a referral milestone, sent to each DSL. Its text
 * (from `alertText`) names the reference, agency, milestone and time only.
 */
export function referralAlertCard(r: ReferralRef, kind: AlertKind, text: string, openInLantern: string): AdaptiveCard {
  return card(
    [heading(HEADINGS[kind]), paragraph(text.replace(/ — open Lantern$/, ''))],
    [execute('Log a chase', REFERRAL_VERBS.openChase, { schoolId: r.schoolId, referralId: r.referralId, ref: r.ref }), openUrl('Open in Lantern', openInLantern)],
  );
}

/** The chase form's inputs, as the card holds them. */
export interface ChaseValues {
  method: string;
  who: string;
  summary: string;
  nextChaseDate: string;
}

export const CHASE_INPUT = { method: 'chaseMethod', who: 'chaseWho', summary: 'chaseSummary', nextChaseDate: 'chaseNext' } as const;

const METHOD_TITLES: Record<(typeof CONTACT_METHODS)[number], string> = {
  phone: 'Phone call',
  email: 'Email',
  letter: 'Letter',
  meeting: 'Meeting',
  portal: 'Portal message',
};
export const methodTitle = (m: string) => METHOD_TITLES[m as keyof typeof METHOD_TITLES] ?? m;

export interface ChaseFormModel extends ReferralRef {
  /** One per form instance: the contact's id, so a double click logs one contact. */
  contactKey: string;
  values: ChaseValues;
  /** Problems keyed by input id, shown next to that input. */
  problems?: Record<string, string>;
  notice?: string;
}

/** "Log a chase": an outgoing contact-log entry and the next chase date. */
export function chaseFormCard(m: ChaseFormModel): AdaptiveCard {
  const withProblem = (input: Element & { id: string }): Element[] => {
    const problem = m.problems?.[input.id];
    return problem ? [input, warning(problem, `${input.id}Problem`)] : [input];
  };
  const body: Element[] = [
    heading(`Log a chase on ${m.ref}`),
    paragraph('Record the contact you made with the agency. It is added to the referral’s contact log.', { isSubtle: true }),
    ...(m.notice ? [warning(m.notice, 'notice')] : []),
    ...withProblem({
      type: 'Input.ChoiceSet', id: CHASE_INPUT.method, label: 'How', isRequired: true, errorMessage: 'Choose how you chased.', style: 'compact',
      choices: CONTACT_METHODS.map((v) => ({ title: METHOD_TITLES[v], value: v })), value: m.values.method || undefined,
    }),
    ...withProblem({ type: 'Input.Text', id: CHASE_INPUT.who, label: 'Who you spoke to or wrote to', isRequired: true, errorMessage: 'Say who.', maxLength: 200, value: m.values.who, placeholder: 'e.g. MASH duty social worker' }),
    ...withProblem({ type: 'Input.Text', id: CHASE_INPUT.summary, label: 'What was said', isRequired: true, errorMessage: 'Say what was said.', isMultiline: true, maxLength: 5_000, value: m.values.summary }),
    ...withProblem({ type: 'Input.Date', id: CHASE_INPUT.nextChaseDate, label: 'Next chase date', value: m.values.nextChaseDate || undefined }),
  ];
  const data = { schoolId: m.schoolId, referralId: m.referralId, ref: m.ref, contactKey: m.contactKey };
  return card(body, [execute('Log the chase', REFERRAL_VERBS.logChase, data, { associatedInputs: 'auto', style: 'positive' })]);
}

/** What the form becomes once the chase is logged. Repeats nothing typed: a screen may be shared. */
export function chaseLoggedCard(ref: string, method: string, nextChaseDate: string | undefined, openInLantern: string): AdaptiveCard {
  const next = nextChaseDate ? ` Next chase: ${formatDate(nextChaseDate)}.` : '';
  return card(
    [heading(`Chase logged on ${ref}`), paragraph(`${methodTitle(method)} added to the referral's contact log.${next}`)],
    [openUrl('Open in Lantern', openInLantern)],
  );
}

const formatDate = (isoDate: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(`${isoDate}T12:00:00Z`)).replace(',', '');
