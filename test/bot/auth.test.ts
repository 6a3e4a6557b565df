import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLanternApp, type LanternApp } from '../../src/app.js';
import { configureBot } from '../../src/bot/bot-settings.js';
import { staticGroupMembership } from '../../src/bot/group-membership.js';
import { loadConfig } from '../../src/config/config.js';
import { PERSONAS } from '../../src/local/demo-identity.js';
import { localConfig } from '../../src/local/local-config.js';
import { seedDemoSchool } from '../../src/local/seed.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';
import { startJwksServer, type JwksServer } from '../support/jwks-server.js';
import { startBotConnectorIdp } from './support/bot-connector-idp.js';
import { botDriver, person } from './support/bot-driver.js';
import { startFakeConnector, type FakeConnector } from './support/fake-connector.js';
import { localPeopleDirectory } from '../../src/local/local-people.js';

const APP_ID = '5f0c2d4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
const OTHER_APP_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

describe('/api/messages with a MicrosoftAppId: botbuilder’s own Bot Connector token validation', () => {
  let cosmos: TestCosmos;
  let devIdp: JwksServer;
  let connectorIdp: Awaited<ReturnType<typeof startBotConnectorIdp>>;
  let connector: FakeConnector;
  let app: LanternApp;
  let url: string;

  beforeAll(async () => {
    [cosmos, devIdp, connectorIdp, connector] = await Promise.all([startTestCosmos(), startJwksServer(), startBotConnectorIdp(), startFakeConnector()]);
    configureBot({
      groupMembership: staticGroupMembership(PERSONAS),
      // Token validation against a local OpenID server instead of login.botframework.com; all else as in production.
      authEndpoints: { ToBotFromChannelOpenIdMetadataUrl: connectorIdp.metadataUrl, ToBotFromEmulatorOpenIdMetadataUrl: connectorIdp.metadataUrl },
    });
    const config = localConfig({
      PORT: '0', AUTH_AUTHORITY: devIdp.authority, LOG_LEVEL: 'silent',
      MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'not-used-by-these-tests', MICROSOFT_APP_TYPE: 'SingleTenant',
    });
    app = createLanternApp({ config, store: cosmos.store, people: localPeopleDirectory() });
    await seedDemoSchool(app.deps);
    url = `http://127.0.0.1:${(await app.listen()).port}`;
  });
  afterAll(async () => {
    await app.close();
    await Promise.all([devIdp.close(), connectorIdp.close(), connector.close()]);
    await cosmos.close();
    configureBot({ authEndpoints: undefined });
  });

  // An event needs no reply, so a valid token can be shown to pass without the bot fetching its own token from Entra.
  const event = () => botDriver(url, connector).activity(person('teacher'), 'event', { name: 'lantern.ping' });
  const post = (token?: string) => botDriver(url, connector).post(event(), token ? { authorization: `Bearer ${token}` } : {});

  it('refuses an activity without a token (401)', async () => {
    const r = await post();
    expect(r.status).toBe(401);
    expect(r.json.error.code).toBe('unauthenticated');
  });

  it('refuses a genuine Bot Connector token issued for another bot (401)', async () => {
    expect((await post(await connectorIdp.token(OTHER_APP_ID, connector.url))).status).toBe(401);
  });

  it('refuses a token signed with a key the Bot Connector does not publish (401)', async () => {
    expect((await post(await connectorIdp.forgedToken(APP_ID, connector.url))).status).toBe(401);
  });

  it('refuses a token whose serviceUrl is not the activity’s (401)', async () => {
    expect((await post(await connectorIdp.token(APP_ID, 'https://smba.example.invalid/'))).status).toBe(401);
  });

  it('accepts a valid token for this bot', async () => {
    expect((await post(await connectorIdp.token(APP_ID, connector.url))).status).toBe(200);
  });

  it('refuses a token sent as an unauthenticated invoke too, without running the action', async () => {
    const invoke = botDriver(url, connector).activity(person('teacher'), 'invoke', { name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'openForm', data: {} } } });
    const r = await botDriver(url, connector).post(invoke);
    expect(r.status).toBe(401);
    expect(connector.sent).toHaveLength(0);
  });
});

describe('production configuration and the bot', () => {
  it('refuses to start without a MicrosoftAppId (botbuilder would switch authentication off)', () => {
    const env = { LANTERN_MODE: 'production', TENANT_ID: APP_ID, API_CLIENT_ID: APP_ID, COSMOS_ENDPOINT: 'https://x.documents.azure.com' };
    expect(() => loadConfig(env)).toThrow(/MICROSOFT_APP_ID: is required in production/);
    expect(() => loadConfig({ ...env, MICROSOFT_APP_ID: APP_ID })).not.toThrow(/MICROSOFT_APP_ID/);
  });
});
