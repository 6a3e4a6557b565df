import { invalid, type FieldProblem } from '../errors.js';
import type { PersonRef } from '../model/ids.js';
import { cleanName } from '../validation/text.js';
import type { Deps, RequestContext } from './context.js';

/**
 * Names of the school's staff by object id, from the directory (Microsoft Graph, or the local
 * personas) when there is one, else from the people Lantern reaches in Teams. A name a client
 * sends is never used: a colleague alerted as "Alex Morgan (DSL)" is shown under their own name.
 */
export async function staffNames(deps: Deps, ctx: RequestContext): Promise<Map<string, string>> {
  const names = new Map<string, string>([[ctx.actor.oid.toLowerCase(), ctx.actor.name]]);
  if (deps.people) {
    const groups = [...new Set([...ctx.school.access.staffGroups, ...ctx.school.access.dslGroups])];
    const members = await Promise.all(groups.map((g) => deps.people!.membersOf(ctx.school.tenantId, g)));
    for (const p of members.flat()) names.set(p.oid.toLowerCase(), cleanName(p.name));
  } else {
    for (const a of await deps.store.conversations.addresses(ctx.school.id)) names.set(a.oid.toLowerCase(), cleanName(a.name));
  }
  return names;
}

/** The people as the directory names them; an id nobody at the school has is refused. */
export async function resolveStaff(deps: Deps, ctx: RequestContext, people: readonly PersonRef[], path: string): Promise<PersonRef[]> {
  if (people.length === 0) return [];
  const names = await staffNames(deps, ctx);
  const problems: FieldProblem[] = [];
  const resolved = people.map((p, i) => {
    const oid = p.oid.toLowerCase();
    const name = names.get(oid);
    if (!name) problems.push({ path: `${path}.${i}.oid`, message: 'is not a member of staff at your school' });
    return { oid, name: name ?? '' };
  });
  if (problems.length) throw invalid(`Unknown colleague — ${problems[0]!.path}: ${problems[0]!.message}.`, problems);
  return resolved;
}
