import { allow, allowAdultConcerns, canListConcerns, concernScope } from '../policy/index.js';
import type { RequestContext } from './context.js';

/**
 * Who the caller is in this school and which parts of Lantern to offer them.
 * The tab uses it to show only what the policy allows; the API still enforces
 * every rule on each call. Names no record, so it is not audited.
 */
export function getMe(ctx: RequestContext) {
  const { actor, school } = ctx;
  const readsCategories = actor.readableCategories.length > 0;
  const seesAll = concernScope(actor).kind === 'all';
  return {
    oid: actor.oid,
    name: actor.name,
    roles: actor.roles,
    readableCategories: actor.readableCategories,
    school: { id: school.id, name: school.name, timeZone: school.timeZone },
    categories: school.categories.filter((c) => c.active).map(({ id, name }) => ({ id, name })),
    can: {
      createConcern: allow(actor, 'createConcern'),
      listChildren: allow(actor, 'listChildren'),
      readChronology: allow(actor, 'readChronology'),
      listAuditEvents: allow(actor, 'listAuditEvents'),
      dashboard: seesAll,
      search: canListConcerns(actor) && (seesAll || readsCategories),
      myConcerns: allow(actor, 'createConcern'),
      adultConcerns: allowAdultConcerns(actor, 'list', school.adultConcerns),
    },
  };
}

export type Me = ReturnType<typeof getMe>;
