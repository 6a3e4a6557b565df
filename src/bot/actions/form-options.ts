import type { PersonRef } from '../../core/model/ids.js';
import type { RequestContext } from '../../core/usecases/context.js';
import { listChildren } from '../../core/usecases/list-children.js';
import type { ChildOption } from '../cards/concern-form-card.js';
import type { BotEnv } from '../bot-env.js';

/** Rosters larger than this are searched with Teams' typeahead instead of listed in the card (card size limit). */
export const STATIC_ROSTER_MAX = 40;

export interface FormOptions {
  children: ChildOption[] | 'search';
  categories: { id: string; name: string }[];
  colleagues: PersonRef[];
}

/** Colleagues the author can alert: staff Lantern can reach in Teams, other than the author. */
export async function colleaguesOf(env: BotEnv, ctx: RequestContext): Promise<PersonRef[]> {
  const addresses = await env.people.addresses(ctx.school.id);
  return addresses
    .filter((a) => a.oid !== ctx.actor.oid)
    .map((a) => ({ oid: a.oid, name: a.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

// The options shown last to each person, so a card can be rebuilt with their text even when the store is down.
const lastShown = new Map<string, FormOptions>();
const key = (ctx: RequestContext) => `${ctx.school.id}|${ctx.actor.oid}`;

/** What the form offers: the roster (read through the use case, so policy and audit apply), categories in use, colleagues. */
export async function formOptions(env: BotEnv, ctx: RequestContext): Promise<FormOptions> {
  const [roster, colleagues] = await Promise.all([listChildren(env.deps, ctx), colleaguesOf(env, ctx)]);
  const options: FormOptions = {
    children: roster.length > STATIC_ROSTER_MAX ? 'search' : roster.map((c) => ({ id: c.id, name: c.name, yearGroup: c.yearGroup })),
    categories: ctx.school.categories.filter((c) => c.active).map((c) => ({ id: c.id, name: c.name })),
    colleagues,
  };
  lastShown.set(key(ctx), options);
  return options;
}

export const lastFormOptions = (schoolId: string, oid: string) => lastShown.get(`${schoolId}|${oid}`);
