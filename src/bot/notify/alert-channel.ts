import { LanternError } from '../../core/errors.js';
import { isReferralAlert } from '../../core/model/alert.js';
import { deadlineAlertCard } from '../cards/deadline-cards.js';
import type { AlertChannel } from '../../core/ports/alert-channel.js';
import { activityFeedForConfig, type ActivityFeed } from '../../identity/graph/activity-feed.js';
import { referralAlertCard } from '../cards/referral-cards.js';
import { referralDigestCard } from '../cards/referral-digest-card.js';
import type { BotEnv } from '../bot-env.js';
import { withActivityFeed } from './activity-notices.js';
import { DEFAULT_DIGEST_TIME } from './digest-time.js';
import { installForMembers, type MemberReach } from './install-for-members.js';
import { sendToPerson } from './proactive.js';
import { reachablePeople } from './recipients.js';

export { DEFAULT_DIGEST_TIME };

export interface TeamsAlertChannelOptions {
  /** Teams activity-feed notifications; default: Microsoft Graph when GRAPH_* is configured, else none. `null`: none. */
  feed?: ActivityFeed | null;
  /** HH:MM in the school's time zone for DSLs who chose no time of their own (`notify digest HH:MM`); default 08:00. */
  digestTime?: string;
  /** Install Lantern for DSL and staff group members it cannot reach yet (Graph, once published); checked at most every REACH_EVERY_MS per school. */
  reach?: MemberReach;
}

const REACH_EVERY_MS = 15 * 60_000;

/**
 * Referral alerts from the scheduler, delivered as Teams messages (the `AlertChannel` port).
 * DSLs who said `notify digest` get one digest card a day instead of a card per alert;
 * overdue alerts also go to the Teams activity feed when Graph is configured.
 */
export function teamsAlertChannel(env: BotEnv, opts: TeamsAlertChannelOptions = {}): AlertChannel {
  const feed = opts.feed === undefined ? activityFeedForConfig(env.config) : (opts.feed ?? undefined);
  const digestTime = opts.digestTime ?? DEFAULT_DIGEST_TIME;
  const addressOf = async (schoolId: string, oid: string) => {
    const address = await env.deps.store.conversations.address(schoolId, oid);
    if (!address) throw new LanternError('not_found', 'This person cannot be reached in Teams.');
    return address;
  };
  const reachedAt = new Map<string, number>();
  const reachEveryone = async (school: Parameters<AlertChannel['reachable']>[0]) => {
    const now = env.deps.clock().getTime();
    if (!opts.reach || now - (reachedAt.get(school.id) ?? -Infinity) < REACH_EVERY_MS) return;
    reachedAt.set(school.id, now);
    await installForMembers(env, school, opts.reach).catch((e: unknown) =>
      env.log.log('warn', 'Lantern could not list the DSL and staff groups to install itself', { schoolId: school.id, error: e instanceof Error ? e.message : String(e) }),
    );
  };
  const channel: AlertChannel = {
    async reachable(school) {
      await reachEveryone(school);
      const people = await reachablePeople(env, school);
      return people.map((p) => ({ oid: p.address.oid, name: p.address.name, groups: [...p.groups] }));
    },
    async send(school, oid, alert, text) {
      const address = await addressOf(school.id, oid);
      if (!isReferralAlert(alert)) {
        await sendToPerson(env, address, deadlineAlertCard(alert.kind, text, env.links.page(alert.deadline.path), alert.deadline.source));
        return;
      }
      const ref = { schoolId: school.id, referralId: alert.referralId, ref: alert.referralRef };
      await sendToPerson(env, address, referralAlertCard(ref, alert.kind, text, env.links.referral(alert.referralId)));
    },
    digests: {
      async choices(school) {
        const prefs = await env.people.preferences(school.id);
        const digest = prefs.filter((p) => p.triageNotice === 'digest');
        const times = new Map(digest.filter((p) => p.digestTime).map((p) => [p.oid, p.digestTime!] as const));
        return { oids: new Set(digest.map((p) => p.oid)), time: digestTime, times };
      },
      async send(school, oid, alerts) {
        await sendToPerson(env, await addressOf(school.id, oid), referralDigestCard(alerts, env.links.home()));
      },
    },
  };
  return feed ? withActivityFeed(channel, feed, env.links.referral, env.log, env.links.page) : channel;
}
