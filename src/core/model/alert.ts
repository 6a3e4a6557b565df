import { agencyName } from './agency-timescales.js';
import type { Agency } from './referral.js';

export type AlertKind = 'due-soon' | 'overdue' | 'escalation';

interface AlertBase {
  id: string;
  type: 'alert';
  schoolId: string;
  kind: AlertKind;
  dueAt: string;
  raisedAt: string;
  /** Who it goes to: the school's DSLs, or (escalation) also the head / deputy groups, or one person (`recipient`). */
  audience: 'dsl' | 'escalation' | 'person' | 'case-managers';
  /** audience 'case-managers': which case managers (the head's group, or the chair's), and the adult concerned, who never gets it. */
  caseManagers?: { route: 'headteacher' | 'chair'; excludeOid?: string };
  /** audience 'person': who (e.g. the member of staff an overdue action is assigned to). */
  recipient?: { oid: string; name: string };
  status: 'pending' | 'delivered';
  /** People it has been delivered to, so a retried delivery skips them. */
  deliveredTo: { oid: string; at: string }[];
}

/**
 * One alert about one referral milestone. Its id is deterministic —
 * `alert:{referral}:{milestone}:{kind}` — so a double sweep, a crash or a
 * second instance can never raise it twice. It names no child.
 * (Stored referral alerts predate `source`; absent means 'referral'.)
 */
export interface ReferralAlert extends AlertBase {
  source?: 'referral';
  referralId: string;
  referralRef: string;
  agency: Agency;
  /** The school's name for the agency when it is not one of the standard ones. */
  agencyName?: string;
  milestoneKey: string;
  milestoneLabel: string;
}

/**
 * An alert about any other dated obligation (a subject access request, a
 * transfer receipt…) raised by a DeadlineSource. Id
 * `alert:{source}:{record}:{cycle}:{kind}`. `label` names the record by its
 * reference only, e.g. "Subject access request S-7K3QF9" — never a child.
 */
export interface DeadlineAlert extends AlertBase {
  source: 'deadline';
  deadline: { source: string; recordType: string; recordId: string; ref: string; label: string; cycle: string; path: string; wording?: 'on-day' | 'notice' };
}

export type Alert = ReferralAlert | DeadlineAlert;

export const isReferralAlert = (a: Alert): a is ReferralAlert => a.source !== 'deadline';

/** The record an alert is about, for audit events and the inbox. */
export const alertRecord = (a: Alert) =>
  isReferralAlert(a) ? { recordType: 'referral', recordId: a.referralId, ref: a.referralRef } : { recordType: a.deadline.recordType, recordId: a.deadline.recordId, ref: a.deadline.ref };

export const alertId = (referralId: string, milestoneKey: string, kind: AlertKind) => `alert:${referralId}:${milestoneKey}:${kind}`;
export const deadlineAlertId = (source: string, recordId: string, cycle: string, kind: AlertKind) => `alert:${source}:${recordId}:${cycle}:${kind}`;

const when = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(iso))
    .replace(',', '');

const day = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(iso)).replace(',', '');

/** The alert's one-line text: reference, what, when — never a child or any detail. */
export function alertText(a: Alert, timeZone: string): string {
  if (!isReferralAlert(a)) return deadlineText(a, timeZone);
  const what = `Referral ${a.referralRef} (${a.agencyName ?? agencyName(a.agency)}): ${a.milestoneLabel.toLowerCase()}`;
  if (a.kind === 'due-soon') return `${what} due ${when(a.dueAt, timeZone)} — open Lantern`;
  const still = a.kind === 'escalation' ? 'still ' : '';
  return `${what} ${still}overdue since ${when(a.dueAt, timeZone)} — open Lantern`;
}

/** Deadlines end at midnight (school time): "due by Thu 3 Dec" is the last day; overdue since the next day. */
function deadlineText(a: DeadlineAlert, timeZone: string): string {
  if (a.deadline.wording === 'notice') return `${a.deadline.label} — open Lantern`;
  if (a.deadline.wording === 'on-day') return `${a.deadline.label} is due on ${day(a.dueAt, timeZone)} — open Lantern`;
  if (a.kind === 'escalation') return `${a.deadline.label} is still overdue since ${day(a.dueAt, timeZone)} — open Lantern`;
  const lastDay = day(new Date(Date.parse(a.dueAt) - 1).toISOString(), timeZone);
  if (a.kind === 'due-soon') {
    const days = Math.max(0, Math.ceil((Date.parse(a.dueAt) - Date.parse(a.raisedAt)) / 86_400_000) - 1);
    const inDays = days === 0 ? 'today' : days === 1 ? 'in 1 day' : `in ${days} days`;
    return `${a.deadline.label} is due ${inDays} (by ${lastDay}) — open Lantern`;
  }
  return `${a.deadline.label} is overdue since ${day(a.dueAt, timeZone)} — open Lantern`;
}
