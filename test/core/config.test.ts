import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';

const PRODUCTION = {
  LANTERN_MODE: 'production',
  TENANT_ID: '4b1d6e2a-9c3f-4e57-8a10-2f6c5d7e9b01',
  API_CLIENT_ID: 'b7e3c1d4-5a6f-4c2b-9d8e-1f0a3b5c7d92',
  COSMOS_ENDPOINT: 'https://lantern.documents.azure.com:443/',
  COSMOS_USE_MANAGED_IDENTITY: 'true',
  MICROSOFT_APP_ID: 'c0ffee00-1111-4222-8333-444455556666',
};

describe('configuration', () => {
  it('accepts a complete production configuration with Entra defaults', () => {
    const c = loadConfig(PRODUCTION);
    expect(c.AUTH_AUTHORITY).toBe('https://login.microsoftonline.com');
    expect(c.MAX_BODY_BYTES).toBe(256 * 1024);
  });

  it.each([
    [{ AUTH_AUTHORITY: 'http://127.0.0.1:3978/dev-idp' }, 'AUTH_AUTHORITY'],
    [{ COSMOS_ENDPOINT: undefined }, 'COSMOS_ENDPOINT'],
    [{ COSMOS_KEY: 'secret' }, 'COSMOS_KEY'],
    [{ BLOB_ACCOUNT_KEY: 'secret' }, 'BLOB_ACCOUNT_KEY'],
    [{ AZURE_STORAGE_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=k' }, 'AZURE_STORAGE_CONNECTION_STRING'],
    [{ BLOB_ENDPOINT: 'https://a.blob.core.windows.net/?sv=2024-01-01&sig=abc' }, 'BLOB_ENDPOINT'],
    [{ BLOB_ENDPOINT: 'http://a.blob.core.windows.net' }, 'BLOB_ENDPOINT'],
    [{ DOCUMENT_MAX_MB: '0' }, 'DOCUMENT_MAX_MB'],
    [{ TENANT_ID: 'contoso' }, 'TENANT_ID'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ MICROSOFT_APP_ID: '' }, 'MICROSOFT_APP_ID'],
  ])('refuses %j, naming %s', (change, field) => {
    expect(() => loadConfig({ ...PRODUCTION, ...change })).toThrow(field);
  });

  it('lists every problem at once', () => {
    expect(() => loadConfig({ LANTERN_MODE: 'production' })).toThrow(/TENANT_ID[\s\S]*API_CLIENT_ID/);
  });
});
