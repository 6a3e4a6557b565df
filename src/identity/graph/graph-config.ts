import { isEntraAuthority } from '../authority.js';

/** Graph hosts of the public cloud and the national clouds. */
const GRAPH_HOSTS: ReadonlySet<string> = new Set(['graph.microsoft.com', 'graph.microsoft.us', 'dod-graph.microsoft.us', 'microsoftgraph.chinacloudapi.cn']);

export interface GraphConfigInput {
  LANTERN_MODE: string;
  GRAPH_CLIENT_ID?: string;
  GRAPH_CLIENT_SECRET?: string;
  GRAPH_CERTIFICATE_PATH?: string;
  GRAPH_USE_MANAGED_IDENTITY: boolean;
  GRAPH_BASE_URL: string;
  GRAPH_AUTHORITY?: string;
}

/**
 * What is wrong with the GRAPH_* settings, by setting name. Graph is optional;
 * when used it needs exactly one credential, and production talks only to a
 * real Graph host and a real Entra authority.
 */
export function graphConfigProblems(c: GraphConfigInput): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const secrets = [c.GRAPH_CLIENT_SECRET, c.GRAPH_CERTIFICATE_PATH].filter(Boolean).length;
  // The managed identity alone, or trusted by the app registration GRAPH_CLIENT_ID as a federated credential (no secret).
  if (c.GRAPH_USE_MANAGED_IDENTITY && secrets > 0) {
    add('GRAPH_USE_MANAGED_IDENTITY', 'use either a managed identity (alone, or as GRAPH_CLIENT_ID\'s federated credential) or GRAPH_CLIENT_ID with a secret or certificate, not both');
  } else if (c.GRAPH_USE_MANAGED_IDENTITY) {
    // nothing more to check
  } else if (c.GRAPH_CLIENT_ID && secrets !== 1) {
    add('GRAPH_CLIENT_ID', 'needs exactly one of GRAPH_CLIENT_SECRET or GRAPH_CERTIFICATE_PATH');
  } else if (!c.GRAPH_CLIENT_ID && secrets > 0) {
    add('GRAPH_CLIENT_ID', 'is required with GRAPH_CLIENT_SECRET or GRAPH_CERTIFICATE_PATH');
  }
  const base = URL.canParse(c.GRAPH_BASE_URL) ? new URL(c.GRAPH_BASE_URL) : new URL('invalid:');
  if (base.protocol !== 'https:') add('GRAPH_BASE_URL', 'must be an https:// address');
  if (c.LANTERN_MODE === 'production') {
    if (!GRAPH_HOSTS.has(base.hostname) || base.port !== '') add('GRAPH_BASE_URL', `production accepts only ${[...GRAPH_HOSTS].join(', ')}`);
    if (c.GRAPH_AUTHORITY && !isEntraAuthority(c.GRAPH_AUTHORITY)) add('GRAPH_AUTHORITY', 'production accepts only an Entra ID authority');
  }
  return problems;
}
