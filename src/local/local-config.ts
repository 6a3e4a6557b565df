import { loadConfig, type Config } from '../config/config.js';
import { DEMO_API_CLIENT_ID, DEMO_TENANT_ID } from './demo-identity.js';

/** Local mode: the demo tenant and the dev identity provider, unless the environment says otherwise. */
export function localConfig(env: Record<string, string | undefined> = process.env): Config {
  const port = env.PORT ?? '3978';
  return loadConfig({
    TENANT_ID: DEMO_TENANT_ID,
    API_CLIENT_ID: DEMO_API_CLIENT_ID,
    AUTH_AUTHORITY: `http://127.0.0.1:${port}/dev-idp`,
    ...env,
    PORT: port,
    LANTERN_MODE: 'local',
  });
}
