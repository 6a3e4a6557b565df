import { AppCredentials } from 'botframework-connector';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureBot } from '../../../src/bot/bot-settings.js';
import { staticGroupMembership } from '../../../src/bot/group-membership.js';
import { botRuntime } from '../../../src/bot/mount-bot.js';
import { PERSONAS } from '../../../src/local/demo-identity.js';
import { startBotConnectorIdp } from '../../bot/support/bot-connector-idp.js';
import { botDriver } from '../../bot/support/bot-driver.js';
import { startFakeConnector, type FakeConnector } from '../../bot/support/fake-connector.js';
import { OTHER_DSL, startTestApp, type TestApp } from '../../support/test-app.js';
import { activities, type BotTargets } from './activities.js';
import { BATCH, FUZZ_RUNS, FUZZ_SEED, captureErrors, prototypeKeys } from './api-harness.js';
import { recordWrites } from './write-recorder.js';

/**
 * POST /api/messages with a correctly signed Bot Connector token (validated
 * by botbuilder against a local OpenID/JWKS stand-in) and generated
 * activities and Action.Execute card submissions. For every input: no 5xx,
 * no error logged (a turn error is swallowed into a 200, so the log is where
 * it shows), no record stored, Object.prototype untouched.
 */
const APP_ID = '5f0c2d4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
/** Bookkeeping the bot keeps about who it can reach, written for any genuine activity; not a record. */
const BOOKKEEPING = new Set(['audit', 'chatAddress']);

let t: TestApp;
let connector: FakeConnector;
let idp: Awaited<ReturnType<typeof startBotConnectorIdp>>;
let targets: BotTargets;
const writes = recordWrites();
const prototypeBefore = prototypeKeys();
const getToken = AppCredentials.prototype.getToken;

beforeAll(async () => {
  [idp, connector] = await Promise.all([startBotConnectorIdp(), startFakeConnector()]);
  configureBot({
    groupMembership: staticGroupMembership([...PERSONAS, OTHER_DSL]),
    authEndpoints: { ToBotFromChannelOpenIdMetadataUrl: idp.metadataUrl, ToBotFromEmulatorOpenIdMetadataUrl: idp.metadataUrl },
  });
  // The bot's own token for replying to the (fake) connector would come from Entra; there is no Entra here.
  AppCredentials.prototype.getToken = async () => 'outbound-token-for-the-fake-connector';
  t = await startTestApp({ ALERT_SWEEP_SECONDS: '0', ROSTER_SYNC_HOURS: '0', MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'unused', MICROSOFT_APP_TYPE: 'SingleTenant' });
  const ids = async (path: string) => ((await t.call('dsl', 'GET', path)).json.items as { id: string }[]).map((i) => i.id).slice(0, 2);
  targets = { concernIds: await ids('/api/concerns'), referralIds: await ids('/api/referrals') };
});
afterAll(async () => {
  writes.restore();
  AppCredentials.prototype.getToken = getToken;
  await t?.close();
  await Promise.all([idp?.close(), connector?.close()]);
  configureBot({ authEndpoints: undefined });
});

describe('fuzzing the bot endpoint', () => {
  it('activities and card submissions: no 5xx, no error, nothing stored, still answering', async () => {
    const errors = captureErrors(t.app.log);
    const bot = botDriver(t.url, connector);
    const batches = fc.array(activities(bot, targets), { minLength: BATCH, maxLength: BATCH });
    await fc.assert(
      fc.asyncProperty(batches, async (batch) => {
        writes.clear();
        errors.clear();
        const authorization = `Bearer ${await idp.token(APP_ID, connector.url)}`;
        const answers = await Promise.all(batch.map((a) => bot.post(a, { authorization }).catch((e: unknown) => ({ status: 0, json: String(e) }))));
        const describe = () => batch.map((a) => JSON.stringify(a).slice(0, 400)).join('\n');
        answers.forEach((r, i) => {
          if (r.status >= 500 || r.status === 0) throw new Error(`answered ${r.status} ${String(JSON.stringify(r.json)).slice(0, 300)} ${JSON.stringify(errors.lines())}\nfor ${String(JSON.stringify(batch[i])).slice(0, 600)}`);
        });
        // Proactive work the turns started counts against this batch.
        await botRuntime(t.app.server)?.idle();
        if (errors.lines().length) throw new Error(`logged errors ${JSON.stringify(errors.lines())}\nfor one of\n${describe()}`);
        const stored = writes.stored().filter((w) => !BOOKKEEPING.has(w.type));
        if (stored.length) throw new Error(`stored ${JSON.stringify(stored)}\nfor one of\n${describe()}`);
        if (prototypeKeys() !== prototypeBefore) throw new Error(`polluted Object.prototype\nfor one of\n${describe()}`);
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / BATCH), seed: FUZZ_SEED, endOnFailure: true },
    );
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
});
