import type { ChatAddress, ChatDelivery, ChatPreferences } from '../model/chat.js';
import type { Versioned } from './store.js';

/** Conversation references and proactive-card bookkeeping, in each school's partition. */
export interface ConversationStore {
  /** Creates or refreshes a person's address: the newest reference wins (it is a cache, not a record). */
  saveAddress(address: ChatAddress): Promise<void>;
  address(schoolId: string, oid: string): Promise<ChatAddress | undefined>;
  addresses(schoolId: string): Promise<ChatAddress[]>;
  /** Claims a delivery by creating it; false when it already exists (someone sent, or is sending, it). */
  claimDelivery(delivery: ChatDelivery): Promise<boolean>;
  delivery(schoolId: string, id: string): Promise<Versioned<ChatDelivery> | undefined>;
  /** Replaces a delivery; with `etag`, only if nobody changed it meanwhile (`version_conflict`). */
  saveDelivery(delivery: ChatDelivery, etag?: string): Promise<void>;
  deliveriesFor(schoolId: string, recordId: string): Promise<ChatDelivery[]>;
  savePreferences(preferences: ChatPreferences): Promise<void>;
  preferences(schoolId: string): Promise<ChatPreferences[]>;
}
