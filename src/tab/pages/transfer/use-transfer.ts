import { useCallback } from 'react';
import { ApiError } from '../../api/client.js';
import type { Transfer } from '../../api/records-types.js';
import { useResource } from '../../api/use-resource.js';
import { useApi } from '../../auth/session.js';

export type Act = (body: Record<string, unknown>, path?: string, method?: 'PATCH' | 'POST') => Promise<{ ok: true } | { ok: false; error: ApiError }>;

/** One transfer and the way to change it: every change names the version it was made on (If-Match). */
export function useTransfer(id: string) {
  const api = useApi();
  const path = `/api/transfers/${encodeURIComponent(id)}`;
  const transfer = useResource<Transfer>(path);
  const act: Act = useCallback(
    async (body, sub = '', method = 'PATCH') => {
      try {
        await api.send(method, `${path}${sub}`, body, transfer.etag ? { 'if-match': transfer.etag } : {});
        const fresh = await api.get<Transfer>(path);
        transfer.set(fresh.data, fresh.etag);
        return { ok: true };
      } catch (e) {
        if (e instanceof ApiError && e.status === 412) transfer.reload();
        return { ok: false, error: e instanceof ApiError ? e : new ApiError(0, 'network', 'Lantern could not be reached. Nothing was changed.') };
      }
    },
    [api, path, transfer],
  );
  return { ...transfer, act, path };
}
