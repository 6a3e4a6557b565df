import type { PersonRef } from '../model/ids.js';
import type { PeopleDirectory } from '../ports/people-directory.js';
import type { RequestContext } from '../usecases/context.js';
import { staffMember } from './staff-directory.js';

/** Who an action goes to: yourself (named as you signed in), or a member of staff named by the directory. */
export async function assigneeFor(ctx: RequestContext, people: PeopleDirectory | undefined, oid: string, path: string): Promise<PersonRef> {
  if (oid.toLowerCase() === ctx.actor.oid) return { oid: ctx.actor.oid, name: ctx.actor.name };
  return staffMember(people, ctx.school, oid, path);
}
