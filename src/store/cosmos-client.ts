import { Agent } from 'node:https';
import { CosmosClient, type CosmosClientOptions, type PluginConfig } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import { requestChargePlugin } from './request-charge-plugin.js';

export interface CosmosClientConfig {
  endpoint: string;
  key?: string;
  /** PEM of the CA (or self-signed cert) the server must present. */
  ca?: string;
  useManagedIdentity?: boolean;
  /**
   * Overrides CONNECTION_POLICY.requestTimeout. Local mode's embedded store runs
   * in the app's own process: it cannot be unreachable, and under load its
   * answers only wait for the shared event loop, so it is given longer.
   */
  requestTimeoutMs?: number;
}

/**
 * Modest limits: a user waits on every call, so fail fast and let the caller
 * report it (503 + Retry-After). One attempt waits at most `requestTimeout`;
 * throttling (429) is retried 3 times within 5 s in all. Endpoint discovery is
 * off: the account has one region, and with it on the SDK "fails over" a timed
 * out read to that same region up to 120 times — minutes, not seconds.
 */
export const CONNECTION_POLICY: CosmosClientOptions['connectionPolicy'] = {
  requestTimeout: 10_000,
  enableEndpointDiscovery: false,
  retryOptions: {
    maxRetryAttemptCount: 3,
    maxWaitTimeInSeconds: 5,
  },
};

export function createCosmosClient(cfg: CosmosClientConfig): CosmosClient {
  // `plugins` is a hidden SDK option: the hook that records each request's RU charge.
  const options: CosmosClientOptions & { plugins: PluginConfig[] } = {
    endpoint: cfg.endpoint,
    connectionPolicy: { ...CONNECTION_POLICY, ...(cfg.requestTimeoutMs ? { requestTimeout: cfg.requestTimeoutMs } : {}) },
    userAgentSuffix: 'lantern',
    plugins: [requestChargePlugin],
  };
  if (cfg.useManagedIdentity) options.aadCredentials = new DefaultAzureCredential();
  else if (cfg.key) options.key = cfg.key;
  else throw new Error('Cosmos DB needs either a key or useManagedIdentity.');
  // Verified against the given CA; verification is never switched off.
  if (cfg.ca) options.agent = new Agent({ ca: cfg.ca, keepAlive: true });
  return new CosmosClient(options);
}
