import type { GroupMembership } from '../core/ports/group-membership.js';
import type { BotAuthEndpoints } from './bot-auth.js';
import { refusingGroupMembership } from './group-membership.js';

/**
 * What the process that starts Lantern tells the bot beyond the environment:
 * local mode hands over the seeded personas' groups; tests point Bot Framework
 * token validation at a local OpenID server. Set before the app is created.
 */
export interface BotSettings {
  groupMembership: GroupMembership;
  authEndpoints?: Partial<BotAuthEndpoints>;
}

let current: Partial<BotSettings> = {};

export function configureBot(settings: Partial<BotSettings>): void {
  current = { ...current, ...settings };
}

export function botSettings(): BotSettings {
  return { groupMembership: current.groupMembership ?? refusingGroupMembership, authEndpoints: current.authEndpoints };
}
