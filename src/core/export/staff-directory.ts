import { staffNames } from '../usecases/resolve-staff.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import type { ChildFileContributor } from './gather-child-file.js';

/**
 * Every member of staff the school's directory lists (its staff and DSL
 * groups; without a directory, the people Lantern reaches in Teams) is a
 * candidate wherever free text names them — "Priya Shah", "Mrs Shah" — not
 * only staff who recorded something. Adds no section. If the directory cannot
 * answer, the export fails rather than go out with staff names unchecked.
 */
export function staffDirectory(deps: Deps, ctx: RequestContext): ChildFileContributor {
  return async (_store, _school, _child, people) => {
    const names = await staffNames(deps, ctx);
    for (const [oid, name] of names) people.directoryStaff({ oid, name });
    return [];
  };
}
