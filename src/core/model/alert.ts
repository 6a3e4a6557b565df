import { AGENCY_NAMES } from './agency-timescales.js';
import type { Agency } from './referral.js';

export type AlertKind = 'due-soon' | 'overdue' | 'escalation';

/**
 * One alert about one referral milestone. Its id is deterministic —
 * `alert:{referral}:{milestone}:{kind}` — so a double sweep, a crash or a
 * second instance can never raise it twice. It names no child.
 */
export interface Alert {
  id: string;
  type: 'alert';
  schoolId: string;
  kind: AlertKind;
  referralId: string;
  referralRef: string;
  agency: Agency;
  milestoneKey: string;
  milestoneLabel: string;
  dueAt: string;
  raisedAt: string;
  /** Who it goes to: the school's DSLs, or (escalation) also the head / deputy groups. */
  audience: 'dsl' | 'escalation';
  status: 'pending' | 'delivered';
  /** People it has been delivered to, so a retried delivery skips them. */
  deliveredTo: { oid: string; at: string }[];
}

export const alertId = (referralId: string, milestoneKey: string, kind: AlertKind) => `alert:${referralId}:${milestoneKey}:${kind}`;

const when = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(iso))
    .replace(',', '');

/** The alert's one-line text: reference, agency, milestone, when — never a child or any detail. */
export function alertText(a: Alert, timeZone: string): string {
  const what = `Referral ${a.referralRef} (${AGENCY_NAMES[a.agency]}): ${a.milestoneLabel.toLowerCase()}`;
  if (a.kind === 'due-soon') return `${what} due ${when(a.dueAt, timeZone)} — open Lantern`;
  const still = a.kind === 'escalation' ? 'still ' : '';
  return `${what} ${still}overdue since ${when(a.dueAt, timeZone)} — open Lantern`;
}
