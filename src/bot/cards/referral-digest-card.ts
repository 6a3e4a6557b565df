import { isReferralAlert, type Alert, type AlertKind, alertRecord } from '../../core/model/alert.js';
import { agencyName } from '../../core/model/agency-timescales.js';
import { card, factSet, heading, openUrl, paragraph, type AdaptiveCard } from './adaptive.js';

const KIND_TITLES: Record<AlertKind, [one: string, many: string]> = {
  overdue: ['overdue', 'overdue'],
  escalation: ['still overdue (escalated)', 'still overdue (escalated)'],
  'due-soon': ['due soon', 'due soon'],
};
const ORDER: AlertKind[] = ['escalation', 'overdue', 'due-soon'];

/**
 * The daily digest of alerts (referrals and other deadlines) for a DSL who chose one: counts by kind
 * and the referrals' references, agencies and milestones — never a child.
 */
export function referralDigestCard(alerts: readonly Alert[], openInLantern: string): AdaptiveCard {
  const counts = ORDER.map((k) => [k, alerts.filter((a) => a.kind === k).length] as const).filter(([, n]) => n > 0);
  const summary = counts.map(([k, n]) => `${n} ${n === 1 ? KIND_TITLES[k][0] : KIND_TITLES[k][1]}`).join(', ');
  const sorted = [...alerts].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || alertRecord(a).ref.localeCompare(alertRecord(b).ref));
  const facts = sorted.map((a) => ({ title: alertRecord(a).ref, value: digestLine(a) }));
  // One digest holds every kind of deadline alert: referrals, subject access requests, transfer receipts.
  const what = alerts.length === 1 ? '1 alert' : `${alerts.length} alerts`;
  return card(
    [heading('Alerts digest'), paragraph(`${what}: ${summary}.`), factSet(facts)],
    [openUrl('Open in Lantern', openInLantern)],
  );
}

/** Agency and milestone for a referral; the record's own label for any other deadline (a subject access request…). */
function digestLine(a: Alert): string {
  if (!isReferralAlert(a)) {
    if (a.deadline.wording === 'notice') return a.deadline.label;
    const state = a.deadline.wording === 'on-day' ? 'due' : KIND_TITLES[a.kind][0];
    return `${a.deadline.label.replace(` ${a.deadline.ref}`, '')} ${state}`;
  }
  return `${a.agencyName ?? agencyName(a.agency)}: ${a.milestoneLabel.toLowerCase()} ${KIND_TITLES[a.kind][0]}`;
}
