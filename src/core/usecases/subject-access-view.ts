import type { SubjectAccessRequest } from '../model/subject-access.js';

/** Days before the deadline a request counts as "due soon" (and a due-soon alert is raised). */
export const SAR_DUE_SOON_DAYS = 7;

export type SarDeadlineState = 'open' | 'due-soon' | 'overdue' | 'closed';

export function sarDeadlineState(s: Pick<SubjectAccessRequest, 'status' | 'dueAt'>, now: Date): SarDeadlineState {
  if (s.status === 'closed') return 'closed';
  const due = Date.parse(s.dueAt);
  if (due <= now.getTime()) return 'overdue';
  return due - now.getTime() <= SAR_DUE_SOON_DAYS * 86_400_000 ? 'due-soon' : 'open';
}

/** What the API shows of a request: the record, its deadline state, and whether it may still be extended. */
export function subjectAccessView(s: SubjectAccessRequest, now: Date) {
  const { requestHash: _h, auditHead: _a, ...rest } = s;
  return { ...rest, deadline: { dueOn: s.dueOn, dueAt: s.dueAt, state: sarDeadlineState(s, now), extended: Boolean(s.extension), paused: Boolean(s.pauses?.some((p) => !p.to)), requestType: s.requestType ?? 'subject-access' } };
}
