import { readdirSync } from 'node:fs';
import { parseEnvFile } from '../../scripts/app-package/env-files.js';

/** What provisioning would write into an environment file, for tests. */
export const PROVISIONED: Record<string, string> = {
  TEAMS_APP_ID: '2a6f2b4e-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
  API_CLIENT_ID: 'b7e3c1d4-5a6f-4c2b-9d8e-1f0a3b5c7d92',
  TENANT_ID: '4b1d6e2a-9c3f-4e57-8a10-2f6c5d7e9b01',
  BOT_ID: 'c0ffee00-1111-4222-8333-444455556666',
  APP_DOMAIN: 'app-lantern-abc123.azurewebsites.net',
  DEVELOPER_NAME: "St Mary's Primary",
  DEVELOPER_WEBSITE_URL: 'https://stmarys.example.sch.uk',
  PRIVACY_URL: 'https://stmarys.example.sch.uk/privacy',
  TERMS_OF_USE_URL: 'https://stmarys.example.sch.uk/terms',
};

/** Names of the committed environment files in env/ (not the .user secrets files). */
export const ENVIRONMENTS = readdirSync('env')
  .filter((f) => /^\.env\.[a-z0-9-]+$/.test(f))
  .map((f) => f.slice('.env.'.length));

/** An environment's committed values with the empty ones filled as provisioning would. */
export function provisioned(text: string): Record<string, string> {
  const values = parseEnvFile(text);
  for (const [k, v] of Object.entries(PROVISIONED)) if (!values[k]) values[k] = v;
  return values;
}
