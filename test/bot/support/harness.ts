import { botRuntime } from '../../../src/bot/mount-bot.js';
import { configureBot } from '../../../src/bot/bot-settings.js';
import { staticGroupMembership } from '../../../src/bot/group-membership.js';
import type { GroupMembership } from '../../../src/core/ports/group-membership.js';
import type { PeopleDirectory } from '../../../src/core/ports/people-directory.js';
import { PERSONAS } from '../../../src/local/demo-identity.js';
import { OTHER_DSL, startTestApp, type TestApp } from '../../support/test-app.js';
import { botDriver, person, type Person } from './bot-driver.js';
import { startFakeConnector } from './fake-connector.js';

export const STAFF_TEAM = ['dsl', 'deputy', 'teacher', 'teacher2', 'senco', 'admin'];

/** The whole app with its bot, the demo personas' groups, and a fake Bot Connector to receive what it sends. */
export async function startBotHarness(membership: GroupMembership = staticGroupMembership([...PERSONAS, OTHER_DSL]), opts: { people?: PeopleDirectory } = {}) {
  configureBot({ groupMembership: membership });
  const app: TestApp = await startTestApp({}, opts);
  const connector = await startFakeConnector();
  const bot = botDriver(app.url, connector);
  const runtime = botRuntime(app.app.server);
  if (!runtime) throw new Error('the bot was not mounted');
  return {
    app,
    connector,
    bot,
    runtime,
    /** Waits for proactive cards started by earlier turns. */
    idle: () => runtime.idle(),
    /** Installs Lantern in the staff team so it can reach everyone there. */
    installInStaffTeam: () => bot.installInTeam(person('teacher'), STAFF_TEAM.map(person)),
    async close() {
      await runtime.idle();
      await app.close();
      await connector.close();
    },
  };
}

export type BotHarness = Awaited<ReturnType<typeof startBotHarness>>;
export type { Person };
