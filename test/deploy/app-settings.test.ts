import { describe, expect, it } from 'vitest';
import { configSchema, loadConfig } from '../../src/config/config.js';
import { bicep, bicepObject } from './infra-text.js';

const main = bicep('infra/main.bicep');
const settings = bicepObject(main, 'appSettings');
const graphWithSecret = bicepObject(main, 'graphWithSecret');
const graphWithFederatedIdentity = bicepObject(main, 'graphWithFederatedIdentity');

/** A complete, safe production environment: every setting infra could set, with plausible values. */
const SAMPLE: Record<string, string> = {
  LANTERN_MODE: 'production',
  TENANT_ID: '4b1d6e2a-9c3f-4e57-8a10-2f6c5d7e9b01',
  API_CLIENT_ID: 'b7e3c1d4-5a6f-4c2b-9d8e-1f0a3b5c7d92',
  API_AUDIENCES: 'api://app-lantern-abc.azurewebsites.net/b7e3c1d4-5a6f-4c2b-9d8e-1f0a3b5c7d92',
  COSMOS_ENDPOINT: 'https://cosmos-lantern-abc.documents.azure.com:443/',
  COSMOS_DATABASE: 'lantern',
  COSMOS_USE_MANAGED_IDENTITY: 'true',
  BLOB_ENDPOINT: 'https://stlanternabc.blob.core.windows.net/',
  AZURE_CLIENT_ID: 'c0ffee00-1111-4222-8333-444455556666',
  MICROSOFT_APP_ID: 'c0ffee00-1111-4222-8333-444455556666',
  MICROSOFT_APP_TYPE: 'UserAssignedMSI',
  MICROSOFT_APP_TENANT_ID: '4b1d6e2a-9c3f-4e57-8a10-2f6c5d7e9b01',
  PUBLIC_BASE_URL: 'https://app-lantern-abc.azurewebsites.net',
  TEAMS_APP_ID: '2a6f2b4e-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
  TEAMS_CATALOG_APP_ID: '7d3e9a10-4b2c-4f6d-9e8a-1b2c3d4e5f60',
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://uksouth-1.in.applicationinsights.azure.com/',
  APPLICATIONINSIGHTS_USE_MANAGED_IDENTITY: 'true',
  LOG_LEVEL: 'info',
};
/** Graph credentials come as a pair (or not at all), so they are not part of the removal test. */
const GRAPH_SAMPLE: Record<string, string> = {
  GRAPH_CLIENT_ID: 'b7e3c1d4-5a6f-4c2b-9d8e-1f0a3b5c7d92',
  GRAPH_CLIENT_SECRET: '@Microsoft.KeyVault(VaultName=kv-lantern-abc;SecretName=api-client-secret)',
};

/** Settings whose absence makes production refuse to start, found by removing each in turn. */
function requiredInProduction(): string[] {
  loadConfig(SAMPLE);
  return Object.keys(SAMPLE).filter((key) => {
    const { [key]: _, ...without } = SAMPLE;
    try {
      loadConfig(without);
      return false;
    } catch (e) {
      return String(e).includes(key);
    }
  });
}

/** What the app would see on App Service: literals as written, expressions resolved to sample values. */
function environmentFromInfra(extra: Map<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of [...settings, ...extra]) {
    const literal = /^'([^'$]*)'$/.exec(value);
    if (literal) env[key] = literal[1]!;
    else if (key in SAMPLE || key in GRAPH_SAMPLE) env[key] = SAMPLE[key] ?? GRAPH_SAMPLE[key]!;
  }
  return env;
}

const PLATFORM = ['SCM_DO_BUILD_DURING_DEPLOYMENT', 'CUSTOM_BUILD_COMMAND'];

describe('app settings provided by infra', () => {
  it('include every setting production requires', () => {
    const required = requiredInProduction();
    expect(required).toEqual(expect.arrayContaining(['TENANT_ID', 'API_CLIENT_ID', 'COSMOS_ENDPOINT', 'MICROSOFT_APP_ID', 'COSMOS_USE_MANAGED_IDENTITY']));
    for (const key of required) expect([...settings.keys()], key).toContain(key);
  });

  it('include the bot, public address, Teams app, telemetry and managed identity settings', () => {
    for (const key of ['MICROSOFT_APP_TYPE', 'MICROSOFT_APP_TENANT_ID', 'PUBLIC_BASE_URL', 'TEAMS_APP_ID', 'LANTERN_MODE', 'APPLICATIONINSIGHTS_CONNECTION_STRING', 'AZURE_CLIENT_ID']) {
      expect([...settings.keys()]).toContain(key);
    }
  });

  it('are all settings the config module knows (no typos), and never an account key, password or dev issuer', () => {
    const known = Object.keys(configSchema.shape);
    for (const key of [...settings.keys(), ...graphWithSecret.keys(), ...graphWithFederatedIdentity.keys()]) expect([...known, ...PLATFORM], key).toContain(key);
    for (const key of ['COSMOS_KEY', 'BLOB_ACCOUNT_KEY', 'AZURE_STORAGE_CONNECTION_STRING', 'MICROSOFT_APP_PASSWORD', 'AUTH_AUTHORITY']) expect(settings.has(key)).toBe(false);
  });

  it.each([
    ['the app registration\'s secret', graphWithSecret],
    ['the app registration trusting the managed identity (no secret)', graphWithFederatedIdentity],
  ])('start the production config module without complaint, with Graph as %s', (_, graph) => {
    const env = environmentFromInfra(graph);
    expect(Object.keys(env).sort()).toEqual([...settings.keys(), ...graph.keys()].sort());
    const config = loadConfig(env);
    expect(config.LANTERN_MODE).toBe('production');
    expect(config.COSMOS_USE_MANAGED_IDENTITY).toBe(true);
    expect(config.MICROSOFT_APP_TYPE).toBe('UserAssignedMSI');
  });

  it('are wired from the resources infra creates', () => {
    expect(settings.get('COSMOS_ENDPOINT')).toBe('cosmos.outputs.endpoint');
    expect(settings.get('BLOB_ENDPOINT')).toBe('storage.outputs.blobEndpoint');
    expect(settings.get('AZURE_CLIENT_ID')).toBe('identity.outputs.clientId');
    expect(settings.get('MICROSOFT_APP_ID')).toBe('identity.outputs.clientId');
    expect(settings.get('APPLICATIONINSIGHTS_CONNECTION_STRING')).toBe('monitoring.outputs.connectionString');
    expect(settings.get('API_AUDIENCES')).toBe("'api://${appHost}/${apiClientId}'");
    expect(settings.get('PUBLIC_BASE_URL')).toBe("'https://${appHost}'");
    expect(main).toContain('output BOT_ID string = identity.outputs.clientId');
    expect(main).toContain('output APP_DOMAIN string = appHost');
    expect(main).toContain('appSettings: union(appSettings, empty(apiClientSecret) ? graphWithFederatedIdentity : graphWithSecret)');
    expect(graphWithSecret.get('GRAPH_CLIENT_ID')).toBe('apiClientId');
    expect(graphWithSecret.get('GRAPH_CLIENT_SECRET')).toBe('keyVault.outputs.apiCredentialReference');
    expect(bicep('infra/modules/keyvault.bicep')).toContain("'@Microsoft.KeyVault(VaultName=${vault.name};SecretName=api-client-secret)'");
  });
});
