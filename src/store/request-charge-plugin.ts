import type { CosmosHeaders, PluginConfig } from '@azure/cosmos';
import { recordRequestCharge } from '../telemetry/request-charge.js';

const CHARGE_HEADER = 'x-ms-request-charge';

/**
 * Records the request charge (RU) of every Cosmos DB network request —
 * reads, writes, batches, query pages and retries, failures included — via
 * the SDK's request plugin hook.
 */
export const requestChargePlugin: PluginConfig = {
  on: 'request',
  plugin: async (context, _diagnostics, next) => {
    try {
      const response = await next(context);
      record(context.operationType, context.resourceType, response.code ?? 200, response.headers);
      return response;
    } catch (e) {
      const err = e as { code?: unknown; headers?: CosmosHeaders };
      record(context.operationType, context.resourceType, typeof err.code === 'number' ? err.code : 0, err.headers);
      throw e;
    }
  },
};

function record(operation: string | undefined, resource: string | undefined, status: number, headers: CosmosHeaders | undefined) {
  const charge = Number(headers?.[CHARGE_HEADER]);
  if (!Number.isFinite(charge)) return;
  recordRequestCharge({ operation: operation ?? 'unknown', resource: resource ?? 'unknown', status, charge });
}
