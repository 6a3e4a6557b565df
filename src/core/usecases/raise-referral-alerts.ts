import { audit } from '../audit/audit-writer.js';
import { calendarFor } from '../calendar/school-calendar.js';
import { alertId, type Alert, type AlertKind } from '../model/alert.js';
import type { Milestone, Referral } from '../model/referral.js';
import { DEFAULT_ALERT_SETTINGS } from '../model/school.js';
import type { Deps, RequestContext } from './context.js';

const MAX_PAGES = 1000;

/**
 * Raises the alerts a school's referrals call for at `now`: due soon, overdue,
 * and escalation when still overdue after the school's allowance. Reads only
 * open referrals with a milestone due by the due-soon horizon. Returns the
 * number of alerts newly raised (already-raised ones are skipped by id).
 */
export async function raiseReferralAlerts(deps: Deps, ctx: RequestContext, now: Date): Promise<number> {
  const settings = ctx.school.alerts ?? DEFAULT_ALERT_SETTINGS;
  const calendar = calendarFor(ctx.school);
  const horizon = calendar.dueAt(now, { amount: settings.dueSoonWorkingDays, unit: 'working-days' });
  let raised = 0;
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await deps.store.referrals.query(ctx.school.id, { status: 'open', dueBy: horizon.toISOString() }, { limit: 100, cursor });
    for (const referral of page.items) {
      for (const alert of alertsFor(referral, now, horizon, (due) => calendar.dueAt(due, { amount: settings.escalateAfterWorkingDays, unit: 'working-days' }))) {
        if (await deps.store.alerts.raise(alert)) {
          raised++;
          await audit(deps, ctx, { action: `alert.raise.${alert.kind}`, recordType: 'referral', recordId: referral.id, outcome: 'success' });
        }
      }
    }
    cursor = page.cursor;
    if (!cursor) break;
  }
  return raised;
}

function alertsFor(r: Referral, now: Date, horizon: Date, escalationMoment: (due: Date) => Date): Alert[] {
  const open = r.milestones.filter((m) => m.dueAt && !m.doneAt && Date.parse(m.dueAt) <= horizon.getTime());
  return open.flatMap((m) => {
    const due = new Date(m.dueAt!);
    if (due > now) return [alertOf(r, m, 'due-soon', now)];
    const kinds: AlertKind[] = ['overdue'];
    if (escalationMoment(due) <= now) kinds.push('escalation');
    return kinds.map((k) => alertOf(r, m, k, now));
  });
}

function alertOf(r: Referral, m: Milestone, kind: AlertKind, now: Date): Alert {
  return {
    id: alertId(r.id, m.key, kind),
    type: 'alert',
    schoolId: r.schoolId,
    kind,
    referralId: r.id,
    referralRef: r.ref,
    agency: r.agency,
    ...(r.agencyName ? { agencyName: r.agencyName } : {}),
    milestoneKey: m.key,
    milestoneLabel: m.label,
    dueAt: m.dueAt!,
    raisedAt: now.toISOString(),
    audience: kind === 'escalation' ? 'escalation' : 'dsl',
    status: 'pending',
    deliveredTo: [],
  };
}
