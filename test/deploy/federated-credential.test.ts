import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { azArguments, CREDENTIAL_NAME, desiredCredential, planCredential } from '../../scripts/identity/federated-credential.js';
import { bicep, bicepObject } from './infra-text.js';

const TENANT = '4b1d6e2a-9c3f-4e57-8a10-2f6c5d7e9b01';
const IDENTITY = 'A1B2C3D4-0000-4000-8000-000000000001';
const APP = '7c7c7c7c-0000-4000-8000-000000000002';
const yml = parse(readFileSync('m365agents.yml', 'utf8'));
const main = bicep('infra/main.bicep');

describe('no expiring secret: the app registration trusts the managed identity', () => {
  it('provisioning makes no client secret, then trusts the identity infra created', () => {
    const steps = yml.provision as { uses: string; with?: Record<string, unknown>; writeToEnvironmentFile?: Record<string, string> }[];
    const create = steps.find((s) => s.uses === 'aadApp/create')!;
    expect(create.with!.generateClientSecret).toBe(false);
    expect(Object.keys(create.writeToEnvironmentFile!)).not.toContain('clientSecret');
    const trust = steps.findIndex((s) => s.uses === 'script' && String(s.with?.run).includes('scripts/trust-managed-identity.ts'));
    expect(trust).toBeGreaterThan(steps.findIndex((s) => s.uses === 'arm/deploy'));
    expect(main).toMatch(/^output AZURE_MANAGED_IDENTITY_PRINCIPAL_ID string = identity\.outputs\.principalId/m);
    expect(readFileSync('infra/main.parameters.json', 'utf8')).not.toContain('SECRET_');
  });

  it('App Service calls Graph as the app registration, proved by the identity, unless a secret is supplied by hand', () => {
    expect(Object.fromEntries(bicepObject(main, 'graphWithFederatedIdentity'))).toEqual({ GRAPH_CLIENT_ID: 'apiClientId', GRAPH_USE_MANAGED_IDENTITY: "'true'" });
    expect(main).toMatch(/param apiClientSecret string = ''/);
  });

  it("trusts exactly the identity's tokens for the token exchange audience, from the school's tenant", () => {
    expect(desiredCredential(TENANT, IDENTITY)).toMatchObject({
      name: CREDENTIAL_NAME,
      issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`,
      subject: IDENTITY.toLowerCase(),
      audiences: ['api://AzureADTokenExchange'],
    });
    expect(() => desiredCredential('', IDENTITY)).toThrow(/TENANT_ID/);
    expect(() => desiredCredential(TENANT, 'not-a-guid')).toThrow(/AZURE_MANAGED_IDENTITY_PRINCIPAL_ID/);
  });

  it('is idempotent: creates once, then does nothing; replaces its own credential when the identity changed', () => {
    const desired = desiredCredential(TENANT, IDENTITY);
    const create = planCredential([], desired);
    expect(azArguments(create, APP)).toEqual(['ad', 'app', 'federated-credential', 'create', '--id', APP, '--parameters', JSON.stringify(desired)]);
    expect(planCredential([desired], desired)).toEqual({ action: 'none' });
    expect(azArguments({ action: 'none' }, APP)).toBeUndefined();
    const stale = { ...desired, subject: '99999999-0000-4000-8000-000000000009' };
    expect(azArguments(planCredential([stale], desired), APP)).toEqual(['ad', 'app', 'federated-credential', 'update', '--id', APP, '--federated-credential-id', CREDENTIAL_NAME, '--parameters', JSON.stringify(desired)]);
  });
});
