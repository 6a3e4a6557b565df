import type { Config } from '../../config/config.js';
import { ENTRA_AUTHORITY } from '../authority.js';
import type { GraphCredential } from './token-source.js';

export interface GraphSettings {
  tenantId: string;
  authority: string;
  baseUrl: string;
  credential: GraphCredential;
  membershipCacheMs: number;
  rosterSyncHours: number;
  /** The app's id in the organisation catalogue: Lantern installs itself for DSLs and staff with it (empty before publishing). */
  catalogAppId: string;
}

/** Graph settings from the configuration; undefined when Graph is not configured (no credential). */
export function graphSettings(config: Config): GraphSettings | undefined {
  const credential = credentialOf(config);
  if (!credential) return undefined;
  return {
    tenantId: config.TENANT_ID.toLowerCase(),
    authority: config.GRAPH_AUTHORITY ?? ENTRA_AUTHORITY,
    baseUrl: config.GRAPH_BASE_URL,
    credential,
    membershipCacheMs: config.MEMBERSHIP_CACHE_SECONDS * 1000,
    rosterSyncHours: config.ROSTER_SYNC_HOURS,
    catalogAppId: config.TEAMS_CATALOG_APP_ID,
  };
}

function credentialOf(c: Config): GraphCredential | undefined {
  if (c.GRAPH_USE_MANAGED_IDENTITY && c.GRAPH_CLIENT_ID) return { kind: 'federated', clientId: c.GRAPH_CLIENT_ID, identityClientId: c.AZURE_CLIENT_ID };
  if (c.GRAPH_USE_MANAGED_IDENTITY) return { kind: 'managedIdentity', clientId: c.AZURE_CLIENT_ID };
  if (!c.GRAPH_CLIENT_ID) return undefined;
  if (c.GRAPH_CERTIFICATE_PATH) return { kind: 'certificate', clientId: c.GRAPH_CLIENT_ID, pemFile: c.GRAPH_CERTIFICATE_PATH };
  if (c.GRAPH_CLIENT_SECRET) return { kind: 'secret', clientId: c.GRAPH_CLIENT_ID, secret: c.GRAPH_CLIENT_SECRET };
  return undefined;
}
