import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';

const PRODUCTION = {
  LANTERN_MODE: 'production', TENANT_ID: '4b1d6e2a-9c3f-4e57-8a10-2f6c5d7e9b01', API_CLIENT_ID: 'b7e3c1d4-5a6f-4c2b-9d8e-1f0a3b5c7d92',
  COSMOS_ENDPOINT: 'https://example.documents.azure.com:443/', COSMOS_USE_MANAGED_IDENTITY: 'true', MICROSOFT_APP_ID: 'c0ffee00-1111-4222-8333-444455556666',
};

describe('COSMOS_CA_FILE (trusting a self-hosted store)', () => {
  it('is accepted in local mode and refused in production, which trusts only public certificate authorities', () => {
    expect(loadConfig({ ...PRODUCTION, LANTERN_MODE: 'local', COSMOS_CA_FILE: '/tmp/cosmos-cert.pem' }).COSMOS_CA_FILE).toBe('/tmp/cosmos-cert.pem');
    expect(() => loadConfig({ ...PRODUCTION, COSMOS_CA_FILE: '/tmp/cosmos-cert.pem' })).toThrow(/COSMOS_CA_FILE: is for local mode only/);
  });
});
