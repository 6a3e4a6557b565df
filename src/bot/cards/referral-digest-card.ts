import type { Alert, AlertKind } from '../../core/model/alert.js';
import { AGENCY_NAMES } from '../../core/model/agency-timescales.js';
import { card, factSet, heading, openUrl, paragraph, type AdaptiveCard } from './adaptive.js';

const KIND_TITLES: Record<AlertKind, [one: string, many: string]> = {
  overdue: ['overdue', 'overdue'],
  escalation: ['still overdue (escalated)', 'still overdue (escalated)'],
  'due-soon': ['due soon', 'due soon'],
};
const ORDER: AlertKind[] = ['escalation', 'overdue', 'due-soon'];

/**
 * The daily digest of referral alerts for a DSL who chose one: counts by kind
 * and the referrals' references, agencies and milestones — never a child.
 */
export function referralDigestCard(alerts: readonly Alert[], openInLantern: string): AdaptiveCard {
  const counts = ORDER.map((k) => [k, alerts.filter((a) => a.kind === k).length] as const).filter(([, n]) => n > 0);
  const summary = counts.map(([k, n]) => `${n} ${n === 1 ? KIND_TITLES[k][0] : KIND_TITLES[k][1]}`).join(', ');
  const sorted = [...alerts].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.referralRef.localeCompare(b.referralRef));
  const facts = sorted.map((a) => ({ title: a.referralRef, value: `${AGENCY_NAMES[a.agency]}: ${a.milestoneLabel.toLowerCase()} ${KIND_TITLES[a.kind][0]}` }));
  const what = alerts.length === 1 ? '1 referral alert' : `${alerts.length} referral alerts`;
  return card(
    [heading('Referral alerts digest'), paragraph(`${what}: ${summary}.`), factSet(facts)],
    [openUrl('Open in Lantern', openInLantern)],
  );
}
