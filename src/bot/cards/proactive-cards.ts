import { card, execute, heading, openUrl, paragraph, type AdaptiveCard } from './adaptive.js';
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

/** Sent to each DSL for a new concern. Like every proactive card it names no child. */
export function triageCard(c: ConcernRef, recordedAt: string, timeZone: string, openInLantern: string): AdaptiveCard {
  return card(
    [heading('New concern awaiting triage'), paragraph(`Reference ${c.ref}${Number.isNaN(Date.parse(recordedAt)) ? '' : `, logged ${when(recordedAt, timeZone)}`}.`)],
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
