import { z } from 'zod';
import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import type { PeopleDirectory } from '../ports/people-directory.js';
import { hasRole } from '../model/actor.js';
import { allow } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import { text } from '../validation/text.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { staffOf } from './staff-directory.js';

export const staffQuerySchema = z.strictObject({ search: text(100).default(''), limit: z.coerce.number().int().min(1).max(50).default(20) });

/** Staff a DSL can give an action to, by name, from the directory. DSLs only. */
export async function searchStaff(deps: Deps, ctx: RequestContext, people: PeopleDirectory | undefined, rawQuery: unknown) {
  const q = parseInput(staffQuerySchema, rawQuery, 'query');
  const facts = { action: 'staff.search', recordType: 'staff', recordId: '*' } as const;
  if (!hasRole(ctx.actor, 'dsl')) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', 'Only a DSL can look up staff to give actions to.');
  }
  const needle = q.search.toLowerCase();
  const staff = (await staffOf(people, ctx.school)).filter((p) => p.name.toLowerCase().includes(needle));
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  return { items: staff.slice(0, q.limit).map((p) => ({ oid: p.oid, name: p.name })), more: staff.length > q.limit };
}

/**
 * Colleagues a member of staff can alert about a concern they log, by name, from the directory (the tab's picker;
 * the bot's card lists the same people). Anyone who may log a concern; ids and names only. The concern itself
 * takes each alerted colleague's name from the directory again, never from the client.
 */
export async function searchColleagues(deps: Deps, ctx: RequestContext, people: PeopleDirectory | undefined, rawQuery: unknown) {
  const q = parseInput(staffQuerySchema, rawQuery, 'query');
  const facts = { action: 'colleagues.search', recordType: 'staff', recordId: '*' } as const;
  if (!allow(ctx.actor, 'createConcern')) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', 'Only staff who log concerns can look up colleagues to alert.');
  }
  const needle = q.search.toLowerCase();
  const staff = (await staffOf(people, ctx.school)).filter((p) => p.oid !== ctx.actor.oid && p.name.toLowerCase().includes(needle));
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  return { items: staff.slice(0, q.limit).map((p) => ({ oid: p.oid, name: p.name })), more: staff.length > q.limit };
}
