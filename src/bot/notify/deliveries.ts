import { LanternError } from '../../core/errors.js';
import { deliveryId, type ChatAddress, type ChatDelivery, type DeliveryKind, type DeliveryState } from '../../core/model/chat.js';
import type { AdaptiveCard } from '../cards/adaptive.js';
import type { BotEnv } from '../bot-env.js';
import { replaceCard, sendToPerson } from './proactive.js';

export interface DeliveryTarget {
  schoolId: string;
  kind: DeliveryKind;
  recordId: string;
  recordRef: string;
  address: ChatAddress;
}

/**
 * Sends one proactive card to one person at most once: the delivery is claimed
 * first (a deterministic id, created), so a replayed submit or a second
 * instance finds it taken. A failed send is marked and may be claimed again.
 */
export async function deliverOnce(env: BotEnv, t: DeliveryTarget, card: AdaptiveCard): Promise<boolean> {
  const store = env.deps.store.conversations;
  const pending: ChatDelivery = {
    id: deliveryId(t.kind, t.recordId, t.address.oid),
    type: 'chatDelivery',
    schoolId: t.schoolId,
    kind: t.kind,
    recordId: t.recordId,
    recordRef: t.recordRef,
    oid: t.address.oid,
    state: 'pending',
    updatedAt: env.deps.clock().toISOString(),
  };
  if (!(await store.claimDelivery(pending)) && !(await reclaimFailed(env, pending))) return false;
  try {
    const sent = await sendToPerson(env, t.address, card);
    await store.saveDelivery({ ...pending, state: 'sent', ...sent, updatedAt: env.deps.clock().toISOString() });
    return true;
  } catch (e) {
    await store.saveDelivery({ ...pending, state: 'failed', updatedAt: env.deps.clock().toISOString() });
    throw e;
  }
}

async function reclaimFailed(env: BotEnv, pending: ChatDelivery): Promise<boolean> {
  const existing = await env.deps.store.conversations.delivery(pending.schoolId, pending.id);
  if (existing?.value.state !== 'failed') return false;
  try {
    await env.deps.store.conversations.saveDelivery(pending, existing.etag);
    return true;
  } catch (e) {
    if (e instanceof LanternError && e.code === 'version_conflict') return false;
    throw e;
  }
}

/** Replaces a card that was delivered earlier and records its new state; false if it was never delivered. */
export async function replaceDelivered(env: BotEnv, delivery: ChatDelivery, address: ChatAddress, card: AdaptiveCard, state: DeliveryState) {
  if (delivery.state !== 'sent' || !delivery.conversationId || !delivery.activityId) return false;
  await replaceCard(env, address, { conversationId: delivery.conversationId, activityId: delivery.activityId }, card);
  await env.deps.store.conversations.saveDelivery({ ...delivery, state, updatedAt: env.deps.clock().toISOString() });
  return true;
}
