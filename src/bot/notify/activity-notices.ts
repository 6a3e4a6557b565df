import type { Logger } from '../../api/log.js';
import { isReferralAlert, type Alert } from '../../core/model/alert.js';
import type { AlertChannel } from '../../core/ports/alert-channel.js';
import type { ActivityFeed } from '../../identity/graph/activity-feed.js';

/**
 * Adds a Teams activity-feed notification to each overdue (or escalated)
 * referral alert, sent independently of the bot's message. It carries the
 * referral's reference only. The alert counts as delivered when either
 * reached the person: a feed failure is logged and the message stands; a
 * message failure is logged and the feed notice stands. Only when both fail
 * (or the message fails and there is no feed notice) does the send fail, so
 * the sweep tries again.
 */
export function withActivityFeed(channel: AlertChannel, feed: ActivityFeed, referralLink: (referralId: string) => string, log: Logger): AlertChannel {
  async function notice(oid: string, alert: Alert): Promise<boolean> {
    if (alert.kind === 'due-soon' || !isReferralAlert(alert)) return false;
    try {
      await feed.referralOverdue({ userId: oid, referralRef: alert.referralRef, webUrl: referralLink(alert.referralId) });
      return true;
    } catch (e) {
      log.log('warn', 'Teams activity-feed notification failed', { alertId: alert.id, error: e instanceof Error ? e.message : String(e) });
      return false;
    }
  }
  return {
    ...channel,
    async send(school, oid, alert, text) {
      const [message, noticed] = await Promise.all([channel.send(school, oid, alert, text).then(() => undefined, (e: unknown) => ({ failed: e })), notice(oid, alert)]);
      if (!message) return;
      if (!noticed) throw message.failed;
      log.log('warn', 'Teams message failed; the activity-feed notification reached the person', {
        alertId: alert.id,
        error: message.failed instanceof Error ? message.failed.message : String(message.failed),
      });
    },
  };
}
