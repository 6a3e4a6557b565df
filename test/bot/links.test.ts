import { describe, expect, it } from 'vitest';
import { createLinks } from '../../src/bot/links.js';
import { loadConfig } from '../../src/config/config.js';
import { DEMO_TENANT_ID } from '../../src/local/demo-identity.js';

const MANIFEST_ID = '1a2b3c4d-0000-4000-8000-00000000000a';
const CATALOG_ID = '9f8e7d6c-0000-4000-8000-00000000000b';
const config = (env: Record<string, string>) =>
  loadConfig({ TENANT_ID: DEMO_TENANT_ID, API_CLIENT_ID: '4b1d6e2a-9c3f-4e57-8a10-2f6c5d7e9b02', LANTERN_MODE: 'local', PUBLIC_BASE_URL: 'https://lantern.example.sch.uk', ...env });
const contextOf = (link: string) => JSON.parse(decodeURIComponent(new URL(link).searchParams.get('context')!));

describe('"Open in Lantern" deep links', () => {
  it('use the manifest id before the app is published to the organisation catalogue', () => {
    const link = createLinks(config({ TEAMS_APP_ID: MANIFEST_ID })).referral('ref-1');
    expect(link).toMatch(new RegExp(`^https://teams\\.microsoft\\.com/l/entity/${MANIFEST_ID}/lantern\\?`));
    expect(contextOf(link)).toEqual({ subEntityId: 'referrals/ref-1' });
  });

  it('use the catalogue id once published, which Teams knows the app by', () => {
    const links = createLinks(config({ TEAMS_APP_ID: MANIFEST_ID, TEAMS_CATALOG_APP_ID: CATALOG_ID }));
    for (const link of [links.concern('c-1'), links.referral('r-1'), links.page('subject-access/s-1'), links.home()]) {
      expect(link.startsWith(`https://teams.microsoft.com/l/entity/${CATALOG_ID}/lantern?`)).toBe(true);
      expect(link).not.toContain(MANIFEST_ID);
    }
    expect(contextOf(links.concern('c-1'))).toEqual({ subEntityId: 'concerns/c-1' });
  });

  it('open the tab itself when there is no Teams app id (local mode)', () => {
    expect(createLinks(config({})).concern('c-1')).toBe('https://lantern.example.sch.uk/tab/#/concerns/c-1');
  });

  it('refuse a catalogue id that is not a GUID', () => {
    expect(() => config({ TEAMS_CATALOG_APP_ID: 'not-an-id' })).toThrow(/TEAMS_CATALOG_APP_ID: must be a GUID/);
  });
});
