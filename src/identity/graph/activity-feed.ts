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

/** One activity-feed notification of one of the manifest's activity types. Carries a reference at most — never a child or any detail. */
export interface Activity {
  userId: string;
  activityType: ActivityType;
  /** The topic's text, e.g. "Subject access request S-7K3QF9". */
  topic: string;
  previewText: string;
  /** Deep link into Lantern's tab (the topic's webUrl). */
  webUrl: string;
  /** The values the manifest's templateText names, e.g. { requestRef: 'S-7K3QF9' }. */
  templateParameters?: Record<string, string>;
}

/** Teams activity-feed notifications (Microsoft Graph `sendActivityNotification`). */
export interface ActivityFeed {
  referralOverdue(n: ReferralActivity): Promise<void>;
  /** Any other activity type the manifest declares. */
  notify?(n: Activity): Promise<void>;
}

/** The manifest's `activities.activityTypes[].type`s (appPackage/manifest.json; a test keeps them in step). */
export const ACTIVITY_TYPES = ['referralOverdue', 'concernShared', 'actionDue', 'subjectAccessDue', 'transferReceiptOverdue'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** The manifest's `activities.activityTypes[].type` for overdue referrals; its template takes `referralRef`. */
export const REFERRAL_OVERDUE_ACTIVITY = 'referralOverdue';

/** The activity feed over a Graph client. */
export function createActivityFeed(graph: GraphApi): ActivityFeed {
  const notify = async (n: Activity) => {
    await graph.post(`/users/${encodeURIComponent(n.userId)}/teamwork/sendActivityNotification`, {
      topic: { source: 'text', value: n.topic, webUrl: n.webUrl },
      activityType: n.activityType,
      previewText: { content: n.previewText },
      templateParameters: Object.entries(n.templateParameters ?? {}).map(([name, value]) => ({ name, value })),
    });
  };
  return {
    referralOverdue: ({ userId, referralRef, webUrl }) =>
      notify({ userId, activityType: REFERRAL_OVERDUE_ACTIVITY, topic: `Referral ${referralRef}`, previewText: `Referral ${referralRef} is overdue`, webUrl, templateParameters: { referralRef } }),
    notify,
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
