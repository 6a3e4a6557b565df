import { DefaultAzureCredential } from '@azure/identity';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';

export interface BlobClientConfig {
  /** The account's blob endpoint, e.g. https://lanternfiles.blob.core.windows.net */
  endpoint: string;
  /** Local mode only (Azurite's development key); production authenticates with Entra ID. */
  accountKey?: string;
}

/** Entra ID (the app's managed identity) unless a local account key is given; production config refuses keys. */
export function createBlobServiceClient(cfg: BlobClientConfig): BlobServiceClient {
  const retryOptions = { maxTries: 3, tryTimeoutInMs: 60_000 };
  if (!cfg.accountKey) return new BlobServiceClient(cfg.endpoint, new DefaultAzureCredential(), { retryOptions });
  const account = new URL(cfg.endpoint).pathname.split('/').filter(Boolean)[0] ?? new URL(cfg.endpoint).hostname.split('.')[0]!;
  return new BlobServiceClient(cfg.endpoint, new StorageSharedKeyCredential(account, cfg.accountKey), { retryOptions });
}
