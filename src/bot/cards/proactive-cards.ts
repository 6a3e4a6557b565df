import { card, execute, heading, openUrl, paragraph, warning, type AdaptiveCard } from './adaptive.js';
import { decisionTitle, when } from './format.js';

/** Verbs of the Action.Execute buttons on concern cards. */
export const VERBS = {
  show: 'showConcern',
  hide: 'hideConcern',
  triage: 'triageConcern',
  withdraw: 'withdrawAlert',
} as const;

/** Which card a "Show details" came from, so "Hide details" can put it back. */
export type CardView = 'alert' | 'triage' | 'mine';

export interface ConcernRef {
  schoolId: string;
  concernId: string;
  ref: string;
}

const showDetails = (c: ConcernRef, view: CardView) => execute('Show details', VERBS.show, { schoolId: c.schoolId, concernId: c.concernId, view });

/** Sent to a colleague the author chose. Names no child and no detail: a screen may be shared with a class. */
export function alertCard(c: ConcernRef, openInLantern: string): AdaptiveCard {
  return card(
    [heading('A concern was shared with you'), paragraph(`Reference ${c.ref}. Open it in Lantern, or show the details here — only you will see them.`)],
    [showDetails(c, 'alert'), openUrl('Open in Lantern', openInLantern)],
  );
}

export function alertWithdrawnCard(ref: string): AdaptiveCard {
  return card([heading('Alert withdrawn'), paragraph(`The alert about ${ref} was withdrawn. You no longer have access to it through this alert.`)]);
}

/** What a DSL's triage card says beyond the reference: the categories, whether a child may be at immediate risk, and how long it has waited. */
export interface TriageFacts {
  categoryNames: string[];
  urgent?: boolean;
  now: Date;
}

/** "just now", "12 minutes ago", "3 hours ago", "2 days ago". */
export function ageInWords(recordedAt: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(recordedAt)) / 60_000));
  if (minutes < 2) return 'just now';
  if (minutes < 60) return `${minutes} minutes ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return hours === 1 ? 'an hour ago' : `${hours} hours ago`;
  const days = Math.floor(hours / 24);
  return days === 1 ? 'a day ago' : `${days} days ago`;
}

/**
 * Sent to each DSL for a new concern: the reference, categories, urgency and age in words. Like every proactive
 * card it names no child and repeats nothing of the account.
 */
export function triageCard(c: ConcernRef, recordedAt: string, timeZone: string, openInLantern: string, facts?: TriageFacts): AdaptiveCard {
  const known = !Number.isNaN(Date.parse(recordedAt));
  const lines = facts
    ? [
        paragraph(`Reference ${c.ref}.`),
        facts.urgent ? warning('A child may be at immediate risk.') : paragraph('Not marked as immediate risk.'),
        ...(facts.categoryNames.length ? [paragraph(`Categories: ${facts.categoryNames.join(', ')}.`)] : []),
        ...(known ? [paragraph(`Logged ${ageInWords(recordedAt, facts.now)} (${when(recordedAt, timeZone)}).`)] : []),
      ]
    : [paragraph(`Reference ${c.ref}${known ? `, logged ${when(recordedAt, timeZone)}` : ''}.`)];
  return card(
    [heading(facts?.urgent ? 'Urgent concern awaiting triage' : 'New concern awaiting triage'), ...lines],
    [showDetails(c, 'triage'), openUrl('Open in Lantern', openInLantern)],
  );
}

/**
 * Sent at once to every DSL (whatever their triage preference) when the author
 * said a child may be at immediate risk. Names no child and no detail.
 */
export function urgentTriageCard(c: ConcernRef, recordedAt: string, timeZone: string, openInLantern: string): AdaptiveCard {
  return card(
    [
      heading('Urgent: a child may be at immediate risk'),
      paragraph(`A member of staff logged concern ${c.ref}${Number.isNaN(Date.parse(recordedAt)) ? '' : ` ${when(recordedAt, timeZone)}`} and said a child may be at immediate risk. Please look at it now.`),
    ],
    [showDetails(c, 'triage'), openUrl('Open in Lantern', openInLantern)],
  );
}

export function triagedCard(ref: string, by: string, decision: string, openInLantern: string): AdaptiveCard {
  return card(
    [heading(`${ref} triaged`), paragraph(`${by} triaged this concern: ${decisionTitle(decision)}.`)],
    [openUrl('Open in Lantern', openInLantern)],
  );
}

/** A digest for DSLs who chose one: a count, never a name. */
export function triageDigestCard(count: number, openLantern: string): AdaptiveCard {
  const what = count === 1 ? '1 concern is' : `${count >= 100 ? '100 or more' : count} concerns are`;
  return card([heading('Triage queue'), paragraph(`${what} waiting for triage.`)], [openUrl('Open Lantern', openLantern)]);
}
