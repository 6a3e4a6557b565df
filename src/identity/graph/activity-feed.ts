import type { Config } from '../../config/config.js';
import { createGraphApi, type GraphApi } from './graph-api.js';
import { graphSettings } from './graph-settings.js';
import { createTokenSource } from './token-source.js';

/** One activity-feed notification about a referral. Carries the reference only — never a child or any detail. */
export interface ReferralActivity {
  /** The recipient's Entra object id. */
  userId: string;
  referralRef: string;
  /** Deep link to the referral in Lantern's tab (the topic's webUrl). */
  webUrl: string;
}

/** Teams activity-feed notifications (Microsoft Graph `sendActivityNotification`). */
export interface ActivityFeed {
  referralOverdue(n: ReferralActivity): Promise<void>;
}

/** The manifest's `activities.activityTypes[].type` for overdue referrals; its template takes `referralRef`. */
export const REFERRAL_OVERDUE_ACTIVITY = 'referralOverdue';

/** The activity feed over a Graph client. */
export function createActivityFeed(graph: GraphApi): ActivityFeed {
  return {
    async referralOverdue({ userId, referralRef, webUrl }) {
      await graph.post(`/users/${encodeURIComponent(userId)}/teamwork/sendActivityNotification`, {
        topic: { source: 'text', value: `Referral ${referralRef}`, webUrl },
        activityType: REFERRAL_OVERDUE_ACTIVITY,
        previewText: { content: `Referral ${referralRef} is overdue` },
        templateParameters: [{ name: 'referralRef', value: referralRef }],
      });
    },
  };
}

/** The activity feed for this process, or undefined when GRAPH_* is not configured. */
export function activityFeedForConfig(config: Config, send: typeof fetch = fetch): ActivityFeed | undefined {
  const settings = graphSettings(config);
  if (!settings) return undefined;
  const tokens = createTokenSource({
    tenantId: settings.tenantId,
    authority: settings.authority,
    resource: new URL(settings.baseUrl).origin,
    credential: settings.credential,
    send,
  });
  return createActivityFeed(createGraphApi({ baseUrl: settings.baseUrl, tokens, send }));
}
