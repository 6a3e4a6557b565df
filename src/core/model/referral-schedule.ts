import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Milestone, Referral } from './referral.js';

/**
 * Fills in each milestone's due moment once what it runs from has happened,
 * and the referral's `nextDueAt` (earliest pending due moment). Pure.
 */
export function schedule(referral: Referral, calendar: WorkingCalendar): Referral {
  const byKey = new Map(referral.milestones.map((m) => [m.key, m]));
  const milestones = referral.milestones.map((m): Milestone => {
    if (!m.timescale || m.dueAt) return m;
    const from = m.startsFrom === 'made' ? referral.madeAt : byKey.get(m.startsFrom.milestone)?.doneAt;
    return from ? { ...m, dueAt: calendar.dueAt(new Date(from), m.timescale).toISOString() } : m;
  });
  const pending = referral.status === 'open' ? milestones.filter((m) => m.dueAt && !m.doneAt).map((m) => m.dueAt!) : [];
  const nextDueAt = pending.sort()[0];
  return { ...referral, milestones, nextDueAt };
}

export type MilestoneState = 'done' | 'overdue' | 'due-soon' | 'pending' | 'not-started';

export function milestoneState(m: Milestone, now: Date, dueSoonMs: number): MilestoneState {
  if (m.doneAt) return 'done';
  if (!m.dueAt) return 'not-started';
  const due = Date.parse(m.dueAt);
  if (due <= now.getTime()) return 'overdue';
  return due - now.getTime() <= dueSoonMs ? 'due-soon' : 'pending';
}
