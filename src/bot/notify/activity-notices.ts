import type { Logger } from '../../api/log.js';
import { isReferralAlert, type Alert } from '../../core/model/alert.js';
import type { AlertChannel } from '../../core/ports/alert-channel.js';
import type { Activity, ActivityFeed } from '../../identity/graph/activity-feed.js';

/**
 * The feed notice for a deadline alert, by its source: the manifest's activity type and the template's
 * parameter (a reference only). Chase dates have no activity type of their own: the chat card carries them.
 */
export function deadlineActivity(alert: Alert, oid: string, webUrl: string): Activity | undefined {
  if (isReferralAlert(alert)) return undefined;
  const { source, ref, label } = alert.deadline;
  const base = { userId: oid, topic: label, webUrl };
  if (source === 'sar') return { ...base, activityType: 'subjectAccessDue', previewText: `${label} is due`, templateParameters: { requestRef: ref } };
  if (source === 'action') return { ...base, activityType: 'actionDue', previewText: 'An action assigned to you is due' };
  if (source === 'transfer' && alert.kind !== 'due-soon') return { ...base, activityType: 'transferReceiptOverdue', previewText: `Transfer ${ref} has no receipt`, templateParameters: { transferRef: ref } };
  return undefined;
}

/**
 * Adds a Teams activity-feed notification to each overdue (or escalated)
 * referral alert, and to subject-access, transfer-receipt and action deadline
 * alerts (the manifest's activity types), sent independently of the bot's
 * message. It carries the record's reference only. The alert counts as delivered when either
 * reached the person: a feed failure is logged and the message stands; a
 * message failure is logged and the feed notice stands. Only when both fail
 * (or the message fails and there is no feed notice) does the send fail, so
 * the sweep tries again.
 */
export function withActivityFeed(channel: AlertChannel, feed: ActivityFeed, referralLink: (referralId: string) => string, log: Logger, pageLink: (path: string) => string = (p) => p): AlertChannel {
  async function notice(oid: string, alert: Alert): Promise<boolean> {
    const deadline = isReferralAlert(alert) ? undefined : deadlineActivity(alert, oid, pageLink(alert.deadline.path));
    if (!isReferralAlert(alert) && (!deadline || !feed.notify)) return false;
    if (isReferralAlert(alert) && alert.kind === 'due-soon') return false;
    try {
      if (deadline) await feed.notify!(deadline);
      else if (isReferralAlert(alert)) await feed.referralOverdue({ userId: oid, referralRef: alert.referralRef, webUrl: referralLink(alert.referralId) });
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
