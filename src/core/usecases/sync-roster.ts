import { audit } from '../audit/audit-writer.js';
import { localDate } from '../calendar/local-time.js';
import type { School } from '../model/school.js';
import type { RosterSource } from '../ports/people-directory.js';
import type { Deps } from './context.js';
import { commitRosterPlan, sdsRows } from './import-roster.js';
import { planRoster } from './roster-plan.js';
import { systemContext } from './system-context.js';

export type RosterSyncResult =
  | { schoolId: string; outcome: 'skipped' }
  | { schoolId: string; outcome: 'refused'; problems: number }
  | { schoolId: string; outcome: 'imported'; counts: Record<string, number> };

/**
 * The scheduled roster sync from School Data Sync for one school, run as the
 * system. A roster with any problem is not applied at all (a pupil with a
 * broken row would otherwise be marked as a leaver); an admin sees why by
 * previewing the SDS import in the tab.
 */
export async function syncRosterFromSds(deps: Deps, school: School, sds: RosterSource, correlationId: string): Promise<RosterSyncResult> {
  if (!school.access.rosterSource) return { schoolId: school.id, outcome: 'skipped' };
  const ctx = systemContext(school, correlationId);
  const today = localDate(deps.clock(), school.timeZone);
  const { rows, problems } = await sdsRows(ctx, sds, today);
  if (problems.length > 0) {
    await audit(deps, ctx, { action: 'roster.sync', recordType: 'roster', recordId: 'roster', outcome: 'failed' });
    return { schoolId: school.id, outcome: 'refused', problems: problems.length };
  }
  const plan = planRoster(rows, await deps.store.roster.children(school.id), { schoolId: school.id, today, markLeavers: true });
  await commitRosterPlan(deps, ctx, plan, 'sds');
  return { schoolId: school.id, outcome: 'imported', counts: plan.counts };
}
