import { describe, expect, it } from 'vitest';
import { productionConfig } from '../../src/config/production-config.js';
import { admissionSettings } from '../../src/api/rate-limit.js';
import { localConfig } from '../../src/local/local-config.js';

const SAFE = {
  TENANT_ID: '4b1d6e2a-9c3f-4e57-8a10-2f6c5d7e9b01',
  API_CLIENT_ID: 'b7e3c1d4-5a6f-4c2b-9d8e-1f0a3b5c7d92',
  COSMOS_ENDPOINT: 'https://cosmos-lantern-abc.documents.azure.com:443/',
  COSMOS_USE_MANAGED_IDENTITY: 'true',
  MICROSOFT_APP_ID: 'c0ffee00-1111-4222-8333-444455556666',
};

describe('the production entry point is always production', () => {
  it('is production without LANTERN_MODE, and with LANTERN_MODE=production', () => {
    expect(productionConfig(SAFE).LANTERN_MODE).toBe('production');
    expect(productionConfig({ ...SAFE, LANTERN_MODE: 'production' }).LANTERN_MODE).toBe('production');
  });

  it.each(['local', 'LOCAL', 'development', ''])('refuses LANTERN_MODE=%j rather than switching modes', (mode) => {
    expect(() => productionConfig({ ...SAFE, LANTERN_MODE: mode })).toThrow(/LANTERN_MODE: .*always production/);
  });

  it('rate limits loopback callers in production, but not in local mode', () => {
    expect(admissionSettings(productionConfig(SAFE)).exemptLoopback).toBe(false);
    expect(admissionSettings(localConfig({})).exemptLoopback).toBe(true);
    expect(() => productionConfig({ ...SAFE, RATE_LIMIT_EXEMPT_LOOPBACK: 'true' })).toThrow(/RATE_LIMIT_EXEMPT_LOOPBACK/);
  });

  it("trusts X-Forwarded-For at most as far as App Service's front end (one hop)", () => {
    expect(admissionSettings(productionConfig({ ...SAFE, TRUST_PROXY_HOPS: '1' })).trustProxyHops).toBe(1);
    expect(() => productionConfig({ ...SAFE, TRUST_PROXY_HOPS: '2' })).toThrow(/TRUST_PROXY_HOPS: must be 0 or 1/);
  });
});
