import { deliveryId } from '../../core/model/chat.js';
import type { Concern, ConcernAction } from '../../core/model/concern.js';
import type { School } from '../../core/model/school.js';
import { actionAssignedCard, actionTakenBackCard } from '../cards/action-cards.js';
import type { BotEnv } from '../bot-env.js';
import { deliverOnce, replaceDelivered } from './deliveries.js';

/** One delivery per assignment: a reassignment back to the same person is a new card. */
const recordIdOf = (concernId: string, a: Pick<ConcernAction, 'id' | 'cycle'>) => `${concernId}:${a.id}:c${a.cycle ?? 1}`;

/** The assignee's card, once; nothing when they cannot be reached in Teams yet (the tab's My actions has it). */
export async function announceAction(env: BotEnv, school: School, concern: Pick<Concern, 'id' | 'ref'>, action: ConcernAction): Promise<void> {
  // A DSL who gives themselves an action needs no card about it.
  if (action.history?.at(-1)?.by.oid.toLowerCase() === action.assignee.oid.toLowerCase()) return;
  const address = await env.deps.store.conversations.address(school.id, action.assignee.oid);
  if (!address) return void env.log.log('warn', 'action assignee not reachable in Teams', { concernId: concern.id });
  const ref = { schoolId: school.id, concernId: concern.id, actionId: action.id, ref: concern.ref, dueDate: action.dueDate };
  const target = { schoolId: school.id, kind: 'action' as const, recordId: recordIdOf(concern.id, action), recordRef: concern.ref, address };
  await deliverOnce(env, target, actionAssignedCard(ref, env.links.concern(concern.id)));
}

/** The previous assignee's card changes to say the action was taken back (withdrawn or reassigned). */
export async function announceActionTakenBack(env: BotEnv, school: School, concern: Pick<Concern, 'id' | 'ref'>, action: ConcernAction, oid: string): Promise<void> {
  const before = { id: action.id, cycle: action.withdrawnAt ? action.cycle : (action.cycle ?? 1) - 1 };
  const delivery = await env.deps.store.conversations.delivery(school.id, deliveryId('action', recordIdOf(concern.id, before), oid));
  const address = await env.deps.store.conversations.address(school.id, oid);
  if (!delivery || !address) return;
  await replaceDelivered(env, delivery.value, address, actionTakenBackCard(concern.ref), 'withdrawn');
}
