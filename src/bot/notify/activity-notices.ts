import type { Logger } from '../../api/log.js';
import { isReferralAlert } from '../../core/model/alert.js';
import type { AlertChannel } from '../../core/ports/alert-channel.js';
import type { ActivityFeed } from '../../identity/graph/activity-feed.js';

/**
 * Adds a Teams activity-feed notification to each overdue (or escalated)
 * referral alert, after the bot's message was sent. It carries the referral's
 * reference only. A feed failure is logged and changes nothing else: the
 * message stands, and the alert counts as delivered to that person.
 */
export function withActivityFeed(channel: AlertChannel, feed: ActivityFeed, referralLink: (referralId: string) => string, log: Logger): AlertChannel {
  return {
    ...channel,
    async send(school, oid, alert, text) {
      await channel.send(school, oid, alert, text);
      if (alert.kind === 'due-soon' || !isReferralAlert(alert)) return;
      try {
        await feed.referralOverdue({ userId: oid, referralRef: alert.referralRef, webUrl: referralLink(alert.referralId) });
      } catch (e) {
        log.log('warn', 'Teams activity-feed notification failed; the bot message was sent', {
          alertId: alert.id,
          error: e instanceof Error ? e.message : String(e),
        });
      }
    },
  };
}
