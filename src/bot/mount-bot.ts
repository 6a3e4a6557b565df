import type { Server } from 'restify';
import type { AlertChannel } from '../core/ports/alert-channel.js';
import type { School } from '../core/model/school.js';
import type { Concern, ConcernAction } from '../core/model/concern.js';
import type { DoorContext } from '../door-context.js';
import { createBackgroundTasks } from './background.js';
import { createBotAuthentication } from './bot-auth.js';
import type { BotEnv } from './bot-env.js';
import { botSettings } from './bot-settings.js';
import { LanternAdapter } from './lantern-adapter.js';
import { LanternBot } from './lantern-bot.js';
import { createLinks } from './links.js';
import { registerMessagesRoute } from './messages-route.js';
import { createAddressBook } from './notify/addresses.js';
import { createPeopleCache } from './notify/people-cache.js';
import { teamsAlertChannel } from './notify/alert-channel.js';
import { announceConcern } from './notify/concern-notices.js';
import { announceAction, announceActionTakenBack } from './notify/action-notices.js';
import { sendTriageDigests } from './notify/digest.js';

/** What other parts of the process (the alert scheduler, tests, shutdown) can ask of the mounted bot. */
export interface BotRuntime {
  alertChannel: AlertChannel;
  sendTriageDigests(school: School, correlationId: string): Promise<number>;
  /** Alert and triage cards for a concern logged through another door (the tab); safe to repeat. */
  announceConcern(schoolId: string, concernId: string): Promise<void>;
  /** The same, for a concern the caller already holds: no store reads. */
  announceLoggedConcern(school: School, concern: Concern): Promise<void>;
  /** The card for a member of staff given an action, and the change to it when the action is taken back. */
  announceAction(school: School, concern: Concern, action: ConcernAction): void;
  announceActionTakenBack(school: School, concern: Concern, action: ConcernAction, oid: string): void;
  /** Resolves once proactive work started by earlier turns has finished. */
  idle(): Promise<void>;
}

const runtimes = new WeakMap<Server, BotRuntime>();

export const botRuntime = (server: Server): BotRuntime | undefined => runtimes.get(server);

/** The Teams bot on POST /api/messages. */
export function mountBot(door: DoorContext): void {
  const settings = botSettings();
  const adapter = new LanternAdapter(createBotAuthentication(door.config, settings.authEndpoints));
  adapter.onTurnError = async (_turn, error) => {
    door.log.log('error', 'bot turn failed', { error: error instanceof Error ? error.stack : String(error) });
  };
  const env: BotEnv = {
    deps: door.deps,
    directory: door.directory,
    config: door.config,
    log: door.log,
    // Read at each use, so a process can hand over its membership source after the app is built (the benchmark does).
    membership: { groupsOf: (tenantId, oid) => botSettings().groupMembership.groupsOf(tenantId, oid) },
    adapter,
    links: createLinks(door.config),
    tasks: createBackgroundTasks(door.log),
    people: createPeopleCache(door.deps.store.conversations, door.config.ACCESS_CACHE_SECONDS * 1000),
    ...(door.activityFeed ? { feed: door.activityFeed } : {}),
  };
  const bot = new LanternBot(env, createAddressBook(env));
  registerMessagesRoute(door.server, { adapter, bot, maxBodyBytes: door.config.MAX_BODY_BYTES, log: door.log, admission: door.admission });
  runtimes.set(door.server, {
    // The app's Graph client (one token cache, the app's fetch) rather than a second one built from the environment.
    alertChannel: teamsAlertChannel(env, { feed: door.activityFeed ?? null, reach: door.reach }),
    sendTriageDigests: (school, correlationId) => sendTriageDigests(env, school, correlationId),
    announceConcern: async (schoolId, concernId) => {
      const [school, concern] = await Promise.all([door.deps.store.schools.get(schoolId), door.deps.store.concerns.get(schoolId, concernId)]);
      if (school && concern) await announceConcern(env, school, concern.value);
    },
    announceLoggedConcern: (school, concern) => announceConcern(env, school, concern),
    announceAction: (school, concern, action) => env.tasks.run('announce action', () => announceAction(env, school, concern, action)),
    announceActionTakenBack: (school, concern, action, oid) =>
      env.tasks.run('announce action taken back', () => announceActionTakenBack(env, school, concern, action, oid)),
    idle: () => env.tasks.idle(),
  });
}
