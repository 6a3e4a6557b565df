import { deliveryId, type ChatDelivery } from '../../core/model/chat.js';
import type { Concern } from '../../core/model/concern.js';
import type { School } from '../../core/model/school.js';
import { alertCard, alertWithdrawnCard, triageCard, triagedCard, urgentTriageCard, type TriageFacts } from '../cards/proactive-cards.js';
import type { BotEnv } from '../bot-env.js';
import { deliverOnce, replaceDelivered } from './deliveries.js';
import { reachablePeople } from './recipients.js';

type ConcernFacts = Pick<Concern, 'id' | 'ref' | 'schoolId' | 'recordedAt' | 'alertedStaff' | 'createdBy'> & Partial<Pick<Concern, 'urgent' | 'categories'>>;

/**
 * After a concern is logged: the colleagues the author alerted get an alert
 * card, and each DSL who wants one a triage card; when a child may be at
 * immediate risk every DSL gets an urgent card at once. None names a child.
 * Safe to repeat: each card is delivered at most once per person.
 */
export async function announceConcern(env: BotEnv, school: School, concern: ConcernFacts): Promise<void> {
  const people = await reachablePeople(env, school);
  const author = concern.createdBy.oid;
  const ids = { schoolId: school.id, concernId: concern.id, ref: concern.ref };
  const open = env.links.concern(concern.id);
  const alerted = new Set(concern.alertedStaff.map((p) => p.oid.toLowerCase()));
  const prefs = new Map((await env.people.preferences(school.id)).map((p) => [p.oid, p.triageNotice]));
  for (const person of people) {
    const oid = person.address.oid;
    if (oid === author) continue;
    const target = { schoolId: school.id, recordId: concern.id, recordRef: concern.ref, address: person.address };
    // A DSL who gets a triage card needs no alert card as well: one card per concern each.
    // An urgent concern reaches every DSL at once, even those who chose a digest.
    if (person.isDsl && concern.urgent) await attempt(env, () => deliverOnce(env, { ...target, kind: 'triage' }, urgentTriageCard(ids, concern.recordedAt, school.timeZone, open)));
    const triage = person.isDsl && prefs.get(oid) !== 'digest';
    if (person.isDsl && concern.urgent) continue;
    if (triage) await attempt(env, () => deliverOnce(env, { ...target, kind: 'triage' }, triageCard(ids, concern.recordedAt, school.timeZone, open, triageFacts(env, school, concern))));
    else if (alerted.has(oid)) await attempt(env, () => deliverOnce(env, { ...target, kind: 'alert' }, alertCard(ids, open)));
  }
  await shareInFeed(env, [...alerted].filter((oid) => oid !== author.toLowerCase()), concern.ref, open);
  const unreachable = [...alerted].filter((oid) => !people.some((p) => p.address.oid === oid));
  if (unreachable.length) env.log.log('warn', 'alerted staff not reachable in Teams', { concernId: concern.id, count: unreachable.length });
}

/**
 * The manifest's concernShared activity for each alerted colleague, independently of the card (so it reaches
 * someone Lantern has no chat with yet). The reference only; a failure is logged and the others still go.
 */
async function shareInFeed(env: BotEnv, oids: string[], ref: string, webUrl: string) {
  const notify = env.feed?.notify;
  if (!notify) return;
  for (const oid of oids) {
    await notify({ userId: oid, activityType: 'concernShared', topic: `Concern ${ref}`, previewText: 'A concern was shared with you', webUrl }).catch((e: unknown) =>
      env.log.log('warn', 'Teams activity-feed notification failed', { activityType: 'concernShared', error: e instanceof Error ? e.message : String(e) }),
    );
  }
}

/** The withdrawn colleague's alert card changes to say so. */
export async function announceWithdrawal(env: BotEnv, school: School, concern: ConcernFacts, oid: string): Promise<void> {
  const delivery = await env.deps.store.conversations.delivery(school.id, deliveryId('alert', concern.id, oid));
  const address = await env.deps.store.conversations.address(school.id, oid);
  if (!delivery || !address) return;
  await replaceDelivered(env, delivery.value, address, alertWithdrawnCard(concern.ref), 'withdrawn');
}

/** Once one DSL has triaged, the other DSLs' triage cards say who did and what they decided. */
export async function announceTriage(env: BotEnv, school: School, concern: Pick<Concern, 'id' | 'ref' | 'triage'>): Promise<void> {
  if (!concern.triage) return;
  const deliveries = await env.deps.store.conversations.deliveriesFor(school.id, concern.id);
  const card = triagedCard(concern.ref, concern.triage.by.name, concern.triage.decision, env.links.concern(concern.id));
  for (const d of deliveries.filter((x: ChatDelivery) => x.kind === 'triage' && x.state === 'sent')) {
    const address = await env.deps.store.conversations.address(school.id, d.oid);
    if (address) await attempt(env, () => replaceDelivered(env, d, address, card, 'closed'));
  }
}

/** The categories by the school's names (never a child, never the account), urgency and the clock for the age. */
export const triageFacts = (env: BotEnv, school: School, c: Partial<Pick<Concern, 'urgent' | 'categories'>>): TriageFacts => ({
  categoryNames: (c.categories ?? []).map((id) => school.categories.find((k) => k.id === id)?.name ?? 'a category no longer in use'),
  urgent: c.urgent === true,
  now: env.deps.clock(),
});

/** One person's card failing must not stop the others'. */
async function attempt(env: BotEnv, send: () => Promise<unknown>) {
  try {
    await send();
  } catch (e) {
    env.log.log('error', 'proactive card failed', { error: e instanceof Error ? e.message : String(e) });
  }
}
