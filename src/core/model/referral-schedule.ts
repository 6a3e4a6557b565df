import type { Timescale, WorkingCalendar } from '../calendar/working-calendar.js';
import { LanternError } from '../errors.js';
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
    return from ? { ...m, dueAt: dueAt(calendar, from, m.timescale, m.label) } : m;
  });
  const pending = referral.status === 'open' ? milestones.filter((m) => m.dueAt && !m.doneAt).map((m) => m.dueAt!) : [];
  const nextDueAt = pending.sort()[0];
  return { ...referral, milestones, nextDueAt };
}

/** A school-day timescale past the last configured term cannot be counted: say so (409), do not fail with a 500. */
function dueAt(calendar: WorkingCalendar, from: string, timescale: Timescale, label: string): string {
  try {
    return calendar.dueAt(new Date(from), timescale).toISOString();
  } catch {
    throw new LanternError('invalid_state', `"${label}" is counted in school days, and the school calendar has no term days to count after ${from.slice(0, 10)}. Ask your Lantern admin to add the term dates, then try again.`);
  }
}

export type MilestoneState = 'done' | 'overdue' | 'due-soon' | 'pending' | 'not-started';

export function milestoneState(m: Milestone, now: Date, dueSoonMs: number): MilestoneState {
  if (m.doneAt) return 'done';
  if (!m.dueAt) return 'not-started';
  const due = Date.parse(m.dueAt);
  if (due <= now.getTime()) return 'overdue';
  return due - now.getTime() <= dueSoonMs ? 'due-soon' : 'pending';
}
