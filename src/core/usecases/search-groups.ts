import type { PeopleDirectory } from '../ports/people-directory.js';
import { groupSearchQuerySchema } from '../validation/access-input.js';
import { parseInput } from '../validation/parse.js';
import { requireAbility } from './access-guard.js';
import type { Deps, RequestContext } from './context.js';
import { ACCESS_FACTS, ADMIN_ONLY } from './get-access-config.js';

/**
 * Groups whose name matches what the admin typed, for choosing one in the
 * mapping. Reads directory names only, no records. When the directory cannot
 * answer, the result says so (`unavailable`) rather than showing "no groups".
 */
export async function searchGroups(deps: Deps, ctx: RequestContext, people: PeopleDirectory | undefined, rawQuery: unknown) {
  await requireAbility(deps, ctx, 'manageAccess', { ...ACCESS_FACTS, action: 'access.searchGroups' }, ADMIN_ONLY);
  const { search } = parseInput(groupSearchQuerySchema, rawQuery, 'query');
  if (!people) return { items: [], unavailable: 'Microsoft Graph is not configured, so groups cannot be searched. Paste the group object id instead.' };
  try {
    return { items: await people.searchGroups(ctx.school.tenantId, search) };
  } catch {
    return { items: [], unavailable: 'Microsoft Graph did not answer the search. Try again in a minute.' };
  }
}
