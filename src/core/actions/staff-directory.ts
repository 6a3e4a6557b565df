import { LanternError } from '../errors.js';
import type { PersonRef } from '../model/ids.js';
import type { School } from '../model/school.js';
import type { DirectoryPerson, PeopleDirectory } from '../ports/people-directory.js';

/**
 * The school's staff as the directory knows them: members of the groups the
 * school maps to the staff or DSL role. Names always come from here, never from
 * a client, so an action names the person the directory says it is for.
 */
export async function staffOf(people: PeopleDirectory | undefined, school: School): Promise<DirectoryPerson[]> {
  if (!people) throw new LanternError('invalid_state', 'The staff directory is not available here, so actions can only be assigned to yourself.');
  const groups = [...new Set([...school.access.staffGroups, ...school.access.dslGroups])];
  let lists: DirectoryPerson[][];
  try {
    lists = await Promise.all(groups.map((g) => people.membersOf(school.tenantId, g)));
  } catch {
    throw new LanternError('store_unavailable', 'The staff directory did not answer. Try again shortly.');
  }
  const byOid = new Map<string, DirectoryPerson>();
  for (const p of lists.flat()) byOid.set(p.oid.toLowerCase(), { ...p, oid: p.oid.toLowerCase() });
  return [...byOid.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The member of staff with this id, named as the directory names them; a 422 when nobody on the staff has it. */
export async function staffMember(people: PeopleDirectory | undefined, school: School, oid: string, path: string): Promise<PersonRef> {
  const found = (await staffOf(people, school)).find((p) => p.oid === oid.toLowerCase());
  if (!found) {
    throw new LanternError('validation_failed', `${path}: nobody on this school's staff has this id.`, [
      { path, message: "is not a member of this school's staff" },
    ]);
  }
  return { oid: found.oid, name: found.name };
}
