import type { Container } from '@azure/cosmos';
import { LanternError } from '../core/errors.js';
import { chatAddressId, type ChatAddress, type ChatDelivery, type ChatPreferences } from '../core/model/chat.js';
import type { ConversationStore } from '../core/ports/conversation-store.js';
import { guard } from './cosmos-errors.js';
import { ofType, stripSystemFields, toVersioned } from './documents.js';
import { queryAll } from './paging.js';
import { Where } from './sql.js';

/**
 * The bot's conversation references and delivery bookkeeping, in each school's
 * partition of `records`. Addresses and preferences are caches of the newest
 * value, so they are upserted; deliveries are claimed with a create.
 */
export function createConversationStore(records: Container): ConversationStore {
  const ofKind = (schoolId: string, type: string, extra?: (w: Where) => void) => {
    const where = new Where(schoolId, type);
    extra?.(where);
    return queryAll<never>(records, schoolId, where.toSpec('SELECT * FROM c'));
  };
  return {
    async saveAddress(address) {
      await guard(() => records.items.upsert(address), 'This chat address');
    },
    async address(schoolId, oid) {
      const { resource } = await guard(() => records.item(chatAddressId(oid), schoolId).read());
      const doc = ofType<ChatAddress>(resource, 'chatAddress');
      return doc && stripSystemFields<ChatAddress>(doc);
    },
    addresses: (schoolId) => ofKind(schoolId, 'chatAddress') as Promise<ChatAddress[]>,
    async claimDelivery(delivery) {
      try {
        await guard(() => records.items.create(delivery), 'This delivery');
        return true;
      } catch (e) {
        if (e instanceof LanternError && e.code === 'already_exists') return false;
        throw e;
      }
    },
    async delivery(schoolId, id) {
      const { resource } = await guard(() => records.item(id, schoolId).read());
      const doc = ofType<ChatDelivery>(resource, 'chatDelivery');
      return doc && toVersioned<ChatDelivery>(doc);
    },
    async saveDelivery(delivery, etag) {
      const options = etag ? { accessCondition: { type: 'IfMatch', condition: etag } } : undefined;
      await guard(() => records.item(delivery.id, delivery.schoolId).replace(delivery, options), 'This delivery');
    },
    deliveriesFor: (schoolId, recordId) =>
      ofKind(schoolId, 'chatDelivery', (w) => w.add(`c.recordId = ${w.param('recordId', recordId)}`)) as Promise<ChatDelivery[]>,
    async savePreferences(preferences) {
      await guard(() => records.items.upsert(preferences), 'These preferences');
    },
    preferences: (schoolId) => ofKind(schoolId, 'chatPreferences') as Promise<ChatPreferences[]>,
  };
}
