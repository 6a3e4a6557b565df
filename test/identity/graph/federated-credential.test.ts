import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { activityFeedForConfig } from '../../../src/identity/graph/activity-feed.js';
import { graphSettings } from '../../../src/identity/graph/graph-settings.js';
import { DEMO_TENANT_ID, personaByKey } from '../../../src/local/demo-identity.js';
import { startGraphStandIn, type GraphStandIn } from '../../support/graph-stand-in.js';

const dsl = personaByKey('dsl')!;
let g: GraphStandIn;
beforeAll(async () => {
  g = await startGraphStandIn();
  g.users.set(dsl.oid.toLowerCase(), { id: dsl.oid.toLowerCase(), displayName: dsl.name });
  // What App Service sets for an app with a managed identity.
  process.env.IDENTITY_ENDPOINT = g.managedIdentity.endpoint;
  process.env.IDENTITY_HEADER = g.managedIdentity.header;
});
afterAll(async () => {
  delete process.env.IDENTITY_ENDPOINT;
  delete process.env.IDENTITY_HEADER;
  await g.close();
});
beforeEach(() => {
  g.trustsManagedIdentity = true;
  g.grants.length = 0;
  g.activityNotifications.length = 0;
});

/** What infra sets when provisioning made no client secret (infra/main.bicep, graphWithFederatedIdentity). */
const federated = () =>
  loadConfig({
    TENANT_ID: DEMO_TENANT_ID,
    API_CLIENT_ID: g.clientId,
    LANTERN_MODE: 'local',
    GRAPH_CLIENT_ID: g.clientId,
    GRAPH_USE_MANAGED_IDENTITY: 'true',
    AZURE_CLIENT_ID: g.managedIdentity.clientId,
    GRAPH_BASE_URL: g.baseUrl,
    GRAPH_AUTHORITY: g.baseUrl,
  });
const overdue = () => ({ userId: dsl.oid, referralRef: 'R-FIC01', webUrl: 'https://teams.microsoft.com/l/entity/app/lantern' });

describe('Graph as the app registration, proved by the managed identity (federated credential, no secret)', () => {
  it('reads GRAPH_CLIENT_ID with GRAPH_USE_MANAGED_IDENTITY as the app registration trusting the identity', () => {
    expect(graphSettings(federated())?.credential).toEqual({ kind: 'federated', clientId: g.clientId, identityClientId: g.managedIdentity.clientId });
  });

  it('sends an activity-feed alert as the app registration, with the identity\'s token as its only proof', async () => {
    await activityFeedForConfig(federated(), g.fetch)!.referralOverdue(overdue());
    expect(g.grants).toEqual(['managed-identity']);
    expect(g.activityNotifications.map((n) => n.userId)).toEqual([dsl.oid.toLowerCase()]);
    expect(g.count(/^GET \/msi\/token$/)).toBeGreaterThan(0);
  });

  it('is refused when the app registration does not trust the identity', async () => {
    g.trustsManagedIdentity = false;
    await expect(activityFeedForConfig(federated(), g.fetch)!.referralOverdue(overdue())).rejects.toThrow();
    expect(g.activityNotifications).toEqual([]);
  });

  it('refuses a managed identity combined with a client secret', () => {
    expect(() => loadConfig({ TENANT_ID: DEMO_TENANT_ID, API_CLIENT_ID: g.clientId, LANTERN_MODE: 'local', GRAPH_CLIENT_ID: g.clientId, GRAPH_USE_MANAGED_IDENTITY: 'true', GRAPH_CLIENT_SECRET: 's' })).toThrow(/GRAPH_USE_MANAGED_IDENTITY: use either/);
  });
});
