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
}

/** Modest limits: a user waits on every call, so fail fast and let the caller report it. */
const CONNECTION_POLICY: CosmosClientOptions['connectionPolicy'] = {
  requestTimeout: 10_000,
  retryOptions: {
    maxRetryAttemptCount: 3,
    maxWaitTimeInSeconds: 10,
  },
};

export function createCosmosClient(cfg: CosmosClientConfig): CosmosClient {
  // `plugins` is a hidden SDK option: the hook that records each request's RU charge.
  const options: CosmosClientOptions & { plugins: PluginConfig[] } = {
    endpoint: cfg.endpoint,
    connectionPolicy: { ...CONNECTION_POLICY },
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
