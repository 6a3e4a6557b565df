import { audit } from '../audit/audit-writer.js';
import { deadlineAlertId, type AlertKind, type DeadlineAlert } from '../model/alert.js';
import type { Deadline, DeadlineSource } from '../ports/deadline-source.js';
import type { Deps, RequestContext } from './context.js';
import { DEADLINE_SOURCES } from './deadline-sources.js';

/**
 * Raises due-soon and overdue alerts for a school's open deadlines (subject
 * access requests, …) at `now`. Ids are deterministic per record, deadline
 * cycle and kind, so each is raised once whatever the number of sweeps; they
 * then go out through the same outbox and channel as referral alerts.
 * Returns the number newly raised.
 */
export async function raiseDeadlineAlerts(deps: Deps, ctx: RequestContext, now: Date, sources: readonly DeadlineSource[] = DEADLINE_SOURCES): Promise<number> {
  let raised = 0;
  for (const source of sources) {
    const horizon = new Date(now.getTime() + source.dueSoonMs);
    for await (const d of source.open(deps.store, ctx.school, horizon)) {
      for (const kind of stagesDue(d, now)) {
        if (await deps.store.alerts.raise(alertOf(ctx.school.id, source.name, d, kind, now))) {
          raised++;
          await audit(deps, ctx, { action: `alert.raise.${kind}`, recordType: d.recordType, recordId: d.recordId, outcome: 'success' });
        }
      }
    }
  }
  return raised;
}

/** Due soon, or overdue; then, for deadlines with a later stage, escalation to the DSLs once that is passed. */
function stagesDue(d: Deadline, now: Date): AlertKind[] {
  if (Date.parse(d.dueAt) > now.getTime()) return ['due-soon'];
  const escalate = d.escalateAt !== undefined && Date.parse(d.escalateAt) <= now.getTime();
  return escalate ? ['overdue', 'escalation'] : ['overdue'];
}

function alertOf(schoolId: string, source: string, d: Deadline, kind: AlertKind, now: Date): DeadlineAlert {
  // The first stage of a deadline with a recipient is theirs alone; its escalation goes to the DSLs.
  const personal = d.recipient !== undefined && kind !== 'escalation';
  return {
    id: deadlineAlertId(source, d.recordId, d.cycle, kind),
    type: 'alert',
    source: 'deadline',
    schoolId,
    kind,
    deadline: { source, recordType: d.recordType, recordId: d.recordId, ref: d.ref, label: d.label, cycle: d.cycle, path: d.path, ...(d.wording && { wording: d.wording }) },
    dueAt: d.dueAt,
    raisedAt: now.toISOString(),
    audience: d.caseManagers ? 'case-managers' : personal ? 'person' : 'dsl',
    ...(personal && { recipient: d.recipient }),
    ...(d.caseManagers && { caseManagers: d.caseManagers }),
    status: 'pending',
    deliveredTo: [],
  };
}
