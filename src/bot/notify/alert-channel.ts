import { LanternError } from '../../core/errors.js';
import type { AlertChannel } from '../../core/ports/alert-channel.js';
import { activityFeedForConfig, type ActivityFeed } from '../../identity/graph/activity-feed.js';
import { referralAlertCard } from '../cards/referral-cards.js';
import { referralDigestCard } from '../cards/referral-digest-card.js';
import type { BotEnv } from '../bot-env.js';
import { withActivityFeed } from './activity-notices.js';
import { sendToPerson } from './proactive.js';
import { reachablePeople } from './recipients.js';

/** Local time (school's zone) referral digests go out, unless the channel is told otherwise. */
export const DEFAULT_DIGEST_TIME = '08:00';

export interface TeamsAlertChannelOptions {
  /** Teams activity-feed notifications; default: Microsoft Graph when GRAPH_* is configured, else none. `null`: none. */
  feed?: ActivityFeed | null;
  /** HH:MM in the school's time zone; default 08:00. */
  digestTime?: string;
}

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
  const channel: AlertChannel = {
    async reachable(school) {
      const people = await reachablePeople(env, school);
      return people.map((p) => ({ oid: p.address.oid, name: p.address.name, groups: [...p.groups] }));
    },
    async send(school, oid, alert, text) {
      const address = await addressOf(school.id, oid);
      const ref = { schoolId: school.id, referralId: alert.referralId, ref: alert.referralRef };
      await sendToPerson(env, address, referralAlertCard(ref, alert.kind, text, env.links.referral(alert.referralId)));
    },
    digests: {
      async choices(school) {
        const prefs = await env.people.preferences(school.id);
        return { oids: new Set(prefs.filter((p) => p.triageNotice === 'digest').map((p) => p.oid)), time: digestTime };
      },
      async send(school, oid, alerts) {
        await sendToPerson(env, await addressOf(school.id, oid), referralDigestCard(alerts, env.links.home()));
      },
    },
  };
  return feed ? withActivityFeed(channel, feed, env.links.referral, env.log) : channel;
}
