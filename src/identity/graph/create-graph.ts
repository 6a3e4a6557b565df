import type { GroupMembership } from '../../core/ports/group-membership.js';
import type { PeopleDirectory, RosterSource } from '../../core/ports/people-directory.js';
import { createMembershipCache } from '../membership-cache.js';
import { createActivityFeed, type ActivityFeed } from './activity-feed.js';
import { createAppInstallation, type AppInstallation } from './app-installation.js';
import { createGraphApi } from './graph-api.js';
import type { GraphFailure } from './graph-errors.js';
import { createGraphMembership } from './graph-membership.js';
import { createGraphPeople } from './graph-people.js';
import { createGraphRoster } from './graph-roster.js';
import type { GraphSettings } from './graph-settings.js';
import { createTokenSource } from './token-source.js';

export interface GraphServices {
  /** Group memberships for the API's overage resolver and the bot (one module, one cache). */
  membership: GroupMembership;
  people: PeopleDirectory;
  roster: RosterSource;
  /** Teams activity-feed notifications (the bot's overdue alerts), over the same client and token. */
  activityFeed: ActivityFeed;
  /** Installing Lantern for a person and finding their personal chat; absent until the app is in the organisation catalogue. */
  installation?: AppInstallation;
  /** Forgets cached memberships, e.g. when the access configuration changed. */
  clearMemberships(): void;
}

export interface GraphWiring {
  /** Group ids the tenant's schools map to roles. */
  candidates(tenantId: string): Promise<string[]>;
  /** The app's clock, in ms: the membership window is measured with it. */
  now: () => number;
  /** How requests are sent (default: the global fetch); tests trust a stand-in's certificate through it. */
  send?: typeof fetch;
  onFailure?: (failure: GraphFailure) => void;
}

/** Microsoft Graph, app-only (msal-node), behind Lantern's ports. */
export function createGraphServices(settings: GraphSettings, wiring: GraphWiring): GraphServices {
  const send = wiring.send ?? fetch;
  const tokens = createTokenSource({
    tenantId: settings.tenantId,
    authority: settings.authority,
    resource: new URL(settings.baseUrl).origin,
    credential: settings.credential,
    send,
  });
  const graph = createGraphApi({ baseUrl: settings.baseUrl, tokens, send });
  const cache = createMembershipCache(settings.membershipCacheMs, wiring.now);
  return {
    membership: createGraphMembership({ graph, tenantId: settings.tenantId, candidates: wiring.candidates, cache, onFailure: wiring.onFailure }),
    people: createGraphPeople(graph, settings.tenantId),
    roster: createGraphRoster(graph, settings.tenantId),
    activityFeed: createActivityFeed(graph),
    ...(settings.catalogAppId ? { installation: createAppInstallation(graph, settings.baseUrl, settings.catalogAppId) } : {}),
    clearMemberships: () => cache.clear(),
  };
}
