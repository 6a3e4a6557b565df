import { z } from 'zod';
import { audit, standaloneEvent } from '../audit/audit-writer.js';
import { localDate } from '../calendar/local-time.js';
import { LanternError } from '../errors.js';
import type { RosterImport, RosterRow } from '../model/roster.js';
import type { RosterSource } from '../ports/people-directory.js';
import { parseInput } from '../validation/parse.js';
import { parseRosterCsv } from '../validation/roster-csv.js';
import { checkRosterRow, duplicateUpns, type RowProblem } from '../validation/roster-fields.js';
import { requireAbility } from './access-guard.js';
import type { Deps, RequestContext } from './context.js';
import { planRoster, type RosterPlan } from './roster-plan.js';
import { applyRosterFlags } from '../child-status/roster-flags.js';
import { applyRosterAdults } from '../family/roster-adults.js';

const options = { commit: z.boolean().default(false), planId: z.string().max(64).optional(), markLeavers: z.boolean().default(true) };

export const importRosterSchema = z.discriminatedUnion(
  'source',
  [
    z.strictObject({ source: z.literal('csv'), csv: z.string().min(1, 'is empty').max(4_000_000), ...options }),
    z.strictObject({ source: z.literal('sds'), ...options }),
  ],
  { message: 'source must be csv or sds' },
);

const FACTS = { action: 'roster.import', recordType: 'roster', recordId: 'roster' } as const;

/**
 * Imports the roster (children and year groups) from a CSV file or School
 * Data Sync. Without `commit` it only previews: adds, changes and leavers,
 * with every problem by row. A commit must name the preview's `planId`, has
 * no problems, and applies exactly that plan. Admins only.
 */
export async function importRoster(deps: Deps, ctx: RequestContext, body: unknown, sds?: RosterSource) {
  await requireAbility(deps, ctx, 'manageRoster', FACTS, 'Only a Lantern admin can import the roster.');
  const input = parseInput(importRosterSchema, body, 'roster import');
  const today = localDate(deps.clock(), ctx.school.timeZone);
  const { rows, problems } = input.source === 'csv' ? parseRosterCsv(input.csv, today) : await sdsRows(ctx, sds, today);
  const plan = planRoster(rows, await deps.store.roster.children(ctx.school.id), { schoolId: ctx.school.id, today, markLeavers: input.markLeavers });
  const preview = { planId: plan.id, counts: plan.counts, changes: plan.changes, problems };
  if (!input.commit) {
    await audit(deps, ctx, { ...FACTS, action: 'roster.preview', outcome: 'success' });
    return { committed: false, ...preview };
  }
  if (problems.length) throw rowProblems(problems);
  if (!input.planId) throw new LanternError('precondition_required', 'Preview the import first, then commit with the planId it gave.');
  if (input.planId !== plan.id) throw new LanternError('version_conflict', 'The roster or the file changed since your preview. Preview again, check it, then commit.');
  const importId = await commitRosterPlan(deps, ctx, plan, input.source);
  await applyRosterFacts(deps, ctx, rows, today);
  return { committed: true, importId, ...preview };
}

/** Writes a plan: the import record (with every change, before and after) and its audit event, then the children. */
export async function commitRosterPlan(deps: Deps, ctx: RequestContext, plan: RosterPlan, source: RosterImport['source']) {
  if (plan.writes.length === 0) {
    await audit(deps, ctx, { ...FACTS, outcome: 'success' });
    return undefined;
  }
  const record: RosterImport = {
    id: `roster-import-${deps.newId()}`, type: 'rosterImport', schoolId: ctx.school.id, source,
    by: { oid: ctx.actor.oid, name: ctx.actor.name }, at: deps.clock().toISOString(), counts: plan.counts, changes: plan.changes,
  };
  const event = standaloneEvent(deps, ctx, { action: 'roster.import', recordType: 'rosterImport', recordId: record.id, outcome: 'success' });
  await deps.store.roster.apply(record, event, plan.writes);
  return record.id;
}

/** The optional columns, once the children exist: statuses and adults with parental responsibility. */
async function applyRosterFacts(deps: Deps, ctx: RequestContext, rows: RosterRow[], today: string) {
  const withFacts = rows.filter((r) => r.facts);
  if (withFacts.length === 0) return;
  const childIdOf = new Map((await deps.store.roster.children(ctx.school.id)).map((c) => [c.value.upn, c.value.id]));
  await applyRosterFlags(deps, ctx, withFacts, childIdOf, today);
  await applyRosterAdults(deps, ctx, withFacts, childIdOf);
}

/** Pupils from School Data Sync, checked like CSV rows. */
export async function sdsRows(ctx: RequestContext, sds: RosterSource | undefined, today: string): Promise<{ rows: RosterRow[]; problems: RowProblem[] }> {
  const sdsSchoolId = ctx.school.access.rosterSource?.sdsSchoolId;
  if (!sds || !sdsSchoolId) {
    throw new LanternError('invalid_state', 'School Data Sync is not set up for this school: Microsoft Graph must be configured and the access configuration must name the SDS school.');
  }
  const rows: RosterRow[] = [];
  const problems: RowProblem[] = [];
  for (const raw of await sds.students(ctx.school.tenantId, sdsSchoolId)) {
    const checked = checkRosterRow(raw, today);
    if (checked.row) rows.push(checked.row);
    problems.push(...checked.problems);
  }
  return { rows, problems: [...problems, ...duplicateUpns(rows)] };
}

function rowProblems(problems: RowProblem[]): LanternError {
  const first = problems[0]!;
  return new LanternError(
    'validation_failed',
    `The roster has ${problems.length} problem${problems.length === 1 ? '' : 's'}, so nothing was saved. Row ${first.row}: ${first.path} ${first.message}.`,
    problems.map((p) => ({ path: `row ${p.row}.${p.path}`, message: p.message })),
  );
}
