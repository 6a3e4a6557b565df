import { resolveActor } from '../../core/model/resolve-actor.js';
import type { School } from '../../core/model/school.js';
import { listConcerns } from '../../core/usecases/list-concerns.js';
import { triageDigestCard } from '../cards/proactive-cards.js';
import type { BotEnv } from '../bot-env.js';
import { sendToPerson } from './proactive.js';
import { reachablePeople } from './recipients.js';

/**
 * For DSLs who chose a digest: one card with the size of the triage queue.
 * The count is read as that DSL (policy-checked and audited), and the card
 * carries a number only. Meant to be called by the scheduler, e.g. daily.
 */
export async function sendTriageDigests(env: BotEnv, school: School, correlationId: string): Promise<number> {
  const prefs = await env.people.preferences(school.id);
  const wantDigest = new Set(prefs.filter((p) => p.triageNotice === 'digest').map((p) => p.oid));
  let sent = 0;
  for (const person of (await reachablePeople(env, school)).filter((p) => p.isDsl && wantDigest.has(p.address.oid))) {
    const { oid, name } = person.address;
    const actor = resolveActor({ tenantId: school.tenantId, oid, name, groups: person.groups }, school);
    const queue = await listConcerns(env.deps, { actor, school, correlationId }, { status: 'new', limit: '100' });
    if (queue.items.length === 0) continue;
    await sendToPerson(env, person.address, triageDigestCard(queue.items.length, env.links.home()));
    sent++;
  }
  return sent;
}
