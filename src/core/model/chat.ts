/**
 * What the Teams door keeps about reaching people: where a person's personal
 * chat with Lantern is, which proactive cards were sent to whom, and how a DSL
 * wants to hear about new concerns. None of it holds record content.
 */

/** How to reach one person in their personal chat with the bot (a stored conversation reference). */
export interface ChatAddress {
  id: string; // `chat:{oid}`
  type: 'chatAddress';
  schoolId: string;
  tenantId: string;
  oid: string;
  name: string;
  channelId: string;
  serviceUrl: string;
  /** The person's id on the channel (Teams: `29:…`), to open a personal chat when none is known yet. */
  channelUserId: string;
  botId: string;
  /** The personal chat, once one exists. */
  conversationId?: string;
  updatedAt: string;
}

export const chatAddressId = (oid: string) => `chat:${oid.toLowerCase()}`;

export type DeliveryKind = 'alert' | 'triage' | 'action';
export type DeliveryState = 'pending' | 'sent' | 'failed' | 'withdrawn' | 'closed';

/**
 * One proactive card sent to one person about one record. The id is
 * deterministic, so a retried or replayed notification never sends twice,
 * and the stored activity id lets the card be updated later (withdrawn, triaged).
 */
export interface ChatDelivery {
  id: string; // `delivery:{kind}:{recordId}:{oid}`
  type: 'chatDelivery';
  schoolId: string;
  kind: DeliveryKind;
  recordId: string;
  recordRef: string;
  oid: string;
  state: DeliveryState;
  conversationId?: string;
  activityId?: string;
  updatedAt: string;
}

export const deliveryId = (kind: DeliveryKind, recordId: string, oid: string) =>
  `delivery:${kind}:${recordId}:${oid.toLowerCase()}`;

/** A DSL's choice: a card for each new concern, or a periodic digest. */
export type TriageNotice = 'each' | 'digest';

export interface ChatPreferences {
  id: string; // `chatprefs:{oid}`
  type: 'chatPreferences';
  schoolId: string;
  oid: string;
  triageNotice: TriageNotice;
  /** HH:MM (school's time zone) of this DSL's daily digest; absent = 08:00. */
  digestTime?: string;
  updatedAt: string;
}

export const chatPreferencesId = (oid: string) => `chatprefs:${oid.toLowerCase()}`;
