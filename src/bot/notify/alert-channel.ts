import { LanternError } from '../../core/errors.js';
import type { AlertChannel } from '../../core/ports/alert-channel.js';
import { referralAlertCard } from '../cards/referral-cards.js';
import type { BotEnv } from '../bot-env.js';
import { sendToPerson } from './proactive.js';
import { reachablePeople } from './recipients.js';

/** Referral alerts from the scheduler, delivered as Teams messages (the `AlertChannel` port). */
export function teamsAlertChannel(env: BotEnv): AlertChannel {
  return {
    async reachable(school) {
      const people = await reachablePeople(env, school);
      return people.map((p) => ({ oid: p.address.oid, name: p.address.name, groups: [...p.groups] }));
    },
    async send(school, oid, alert, text) {
      const address = await env.deps.store.conversations.address(school.id, oid);
      if (!address) throw new LanternError('not_found', 'This person cannot be reached in Teams.');
      const ref = { schoolId: school.id, referralId: alert.referralId, ref: alert.referralRef };
      await sendToPerson(env, address, referralAlertCard(ref, alert.kind, text, env.links.referral(alert.referralId)));
    },
  };
}
