import { randomUUID } from 'node:crypto';
import { DEMO_TENANT_ID, personaByKey } from '../../../src/local/demo-identity.js';
import type { FakeConnector } from './fake-connector.js';

export const BOT_ID = '28:lantern-test-bot';
export type Scope = 'personal' | 'groupChat' | 'channel';

export interface Person {
  key: string;
  oid: string;
  name: string;
}

/** A demo persona as Teams would present them. */
export function person(key: string): Person {
  const p = personaByKey(key);
  if (!p) throw new Error(`unknown persona ${key}`);
  return { key, oid: p.oid, name: p.name };
}

export const teamsUserId = (p: Person) => `29:${p.key}`;
export const personalChatOf = (p: Person) => `personal-${teamsUserId(p)}`;

/**
 * Posts Bot Framework activities to Lantern's /api/messages the way Teams
 * would: personal chat by default, the demo tenant, the fake connector as serviceUrl.
 */
export function botDriver(appUrl: string, connector: FakeConnector) {
  function activity(from: Person, type: string, extra: Record<string, unknown> = {}, scope: Scope = 'personal', tenantId = DEMO_TENANT_ID) {
    const conversationId = scope === 'personal' ? personalChatOf(from) : scope === 'groupChat' ? 'group-chat-1' : 'team-1';
    return {
      type,
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: connector.url,
      timestamp: new Date().toISOString(),
      from: { id: teamsUserId(from), name: from.name, aadObjectId: from.oid },
      recipient: { id: BOT_ID, name: 'Lantern' },
      conversation: { id: conversationId, conversationType: scope, tenantId, isGroup: scope !== 'personal' },
      channelData: { tenant: { id: tenantId }, ...(scope === 'channel' ? { team: { id: 'team-1' }, channel: { id: 'team-1' } } : {}) },
      ...extra,
    };
  }

  async function post(body: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${appUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : undefined };
  }

  return {
    activity,
    post,
    /** Types a message; the bot's replies land in the fake connector. */
    say: (from: Person, text: string, scope: Scope = 'personal', tenantId?: string) => post(activity(from, 'message', { text }, scope, tenantId)),
    /** Presses an Action.Execute button; returns the card the bot answers with. */
    async press(from: Person, verb: string, data: Record<string, unknown>, scope: Scope = 'personal', tenantId?: string) {
      const value = { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' };
      const r = await post(activity(from, 'invoke', { name: 'adaptiveCard/action', value, replyToId: 'act-0' }, scope, tenantId));
      return { status: r.status, card: r.json?.value, body: r.json };
    },
    /** Adds Lantern to a team whose roster is the given people. */
    async installInTeam(by: Person, members: Person[]) {
      connector.setRoster('team-1', members.map((m) => ({ id: teamsUserId(m), name: m.name, aadObjectId: m.oid })));
      return post(activity(by, 'installationUpdate', { action: 'add' }, 'channel'));
    },
  };
}

export type BotDriver = ReturnType<typeof botDriver>;
