import { z } from 'zod';
import { audit } from '../audit/audit-writer.js';
import { accessRoutes, adultConcernRoutes, type AccessRoute } from '../model/access-routes.js';
import { resolveActor } from '../model/resolve-actor.js';
import type { School } from '../model/school.js';
import type { DirectoryGroup, DirectoryPerson, PeopleDirectory } from '../ports/people-directory.js';
import { parseInput } from '../validation/parse.js';
import { requireAbility } from './access-guard.js';
import { ACCESS_FACTS } from './get-access-config.js';
import { accessReportCsv } from './access-report-csv.js';
import type { Deps, RequestContext } from './context.js';
import { abilitiesOf, describeAccess } from './describe-access.js';

export const accessReportQuerySchema = z.strictObject({ format: z.enum(['json', 'csv']).default('json') });

interface GroupMembers {
  groupId: string;
  name?: string;
  members?: DirectoryPerson[];
  unavailable?: string;
}

/**
 * Who can see what, and through which group: every person in a mapped group,
 * the routes (group → role) that give them access, and what those let them
 * see. For governors and auditors; admins and DSLs only.
 */
export async function getAccessReport(deps: Deps, ctx: RequestContext, people: PeopleDirectory | undefined, rawQuery: unknown) {
  const { format } = parseInput(accessReportQuerySchema, rawQuery, 'query');
  const facts = { ...ACCESS_FACTS, action: 'access.report' };
  await requireAbility(deps, ctx, 'readAccessReport', facts, 'Only DSLs and Lantern admins can read the access report.');
  const school = (await deps.store.access.get(ctx.school.id))?.value ?? ctx.school;
  const routes = [...accessRoutes(school.access), ...adultConcernRoutes(school.adultConcerns)];
  const groups = await readGroups(people, school, [...new Set(routes.map((r) => r.groupId))]);
  const report = buildReport(school, routes, groups, deps.clock());
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  return format === 'csv' ? { fileName: `lantern-access-${report.generatedAt.slice(0, 10)}.csv`, contentType: 'text/csv', csv: accessReportCsv(report) } : report;
}

const NO_DIRECTORY = 'Microsoft Graph is not configured, so group members cannot be listed.';
const NO_ANSWER = 'The directory did not answer for this group; its members are not listed. Try again later.';

async function readGroups(people: PeopleDirectory | undefined, school: School, ids: string[]): Promise<GroupMembers[]> {
  if (!people) return ids.map((groupId) => ({ groupId, unavailable: NO_DIRECTORY }));
  const names = await people.groupsById(school.tenantId, ids).catch((): DirectoryGroup[] => []);
  return Promise.all(
    ids.map(async (groupId) => {
      const name = names.find((g) => g.id.toLowerCase() === groupId)?.name;
      try {
        return { groupId, name, members: await people.membersOf(school.tenantId, groupId) };
      } catch {
        return { groupId, name, unavailable: NO_ANSWER };
      }
    }),
  );
}

function buildReport(school: School, routes: AccessRoute[], groups: GroupMembers[], now: Date) {
  const byOid = new Map<string, { person: DirectoryPerson; groupIds: Set<string> }>();
  for (const g of groups) {
    for (const person of g.members ?? []) {
      const oid = person.oid.toLowerCase();
      const entry = byOid.get(oid) ?? byOid.set(oid, { person, groupIds: new Set() }).get(oid)!;
      entry.groupIds.add(g.groupId);
    }
  }
  const nameOf = (id: string) => groups.find((g) => g.groupId === id)?.name;
  const rows = [...byOid.values()].map(({ person, groupIds }) => personRow(school, routes, person, [...groupIds], nameOf));
  rows.sort((a, b) => a.name.localeCompare(b.name) || a.oid.localeCompare(b.oid));
  return {
    generatedAt: now.toISOString(),
    school: { id: school.id, name: school.name },
    groups: groups.map((g) => ({
      groupId: g.groupId,
      name: g.name,
      routes: routes.filter((r) => r.groupId === g.groupId).map(({ groupId: _g, ...r }) => r),
      memberCount: g.members?.length,
      unavailable: g.unavailable,
    })),
    people: rows,
  };
}

function personRow(school: School, routes: AccessRoute[], person: DirectoryPerson, groupIds: string[], nameOf: (id: string) => string | undefined) {
  const actor = resolveActor({ tenantId: school.tenantId, oid: person.oid, name: person.name, groups: groupIds }, school);
  const mine = routes.filter((r) => groupIds.includes(r.groupId));
  return {
    oid: actor.oid,
    name: person.name,
    principalName: person.principalName,
    guest: person.guest,
    roles: actor.roles,
    readableCategories: actor.readableCategories,
    routes: mine.map((r) => ({ ...r, groupName: nameOf(r.groupId) })),
    abilities: abilitiesOf(actor),
    sees: describeAccess(actor, school, mine.some((r) => r.kind === 'escalation')),
  };
}

export type AccessReport = ReturnType<typeof buildReport>;
