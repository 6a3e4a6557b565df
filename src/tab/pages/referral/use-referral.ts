import { useCallback, useState } from 'react';
import { ApiError } from '../../api/client.js';
import type { Referral } from '../../api/types.js';
import { useResource } from '../../api/use-resource.js';
import { useApi } from '../../auth/session.js';

export type ChangeResult = { ok: true } | { ok: false; error: ApiError };

const asError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'network', 'Lantern could not be reached. Nothing was changed.'));

/**
 * One referral and the ways to change it. PATCHes name the version they were made on
 * (If-Match); when someone else got there first, the page shows the API's message
 * (who changed it) and reloads, rather than overwriting their change.
 */
export function useReferral(id: string) {
  const api = useApi();
  const path = `/api/referrals/${encodeURIComponent(id)}`;
  const referral = useResource<Referral>(path);
  const [conflict, setConflict] = useState<ApiError>();

  const refresh = useCallback(async () => {
    const fresh = await api.get<Referral>(path).catch(() => undefined);
    if (fresh) referral.set(fresh.data, fresh.etag);
  }, [api, path, referral]);

  const done = useCallback(
    async (send: () => Promise<unknown>): Promise<ChangeResult> => {
      try {
        await send();
        setConflict(undefined);
        await refresh();
        return { ok: true };
      } catch (e) {
        const error = asError(e);
        if (error.status === 412) {
          setConflict(error);
          await refresh();
        }
        return { ok: false, error };
      }
    },
    [refresh],
  );

  const change = useCallback(
    (body: Record<string, unknown>): Promise<ChangeResult> => {
      if (!referral.data || !referral.etag) return Promise.resolve({ ok: false, error: new ApiError(0, 'not_ready', 'The referral is still loading.') });
      const etag = referral.etag;
      return done(() => api.send<Referral>('PATCH', path, body, { 'if-match': etag }));
    },
    [api, path, referral.data, referral.etag, done],
  );

  const addContact = useCallback((body: Record<string, unknown>) => done(() => api.send<Referral>('POST', `${path}/contacts`, body)), [api, path, done]);

  return { ...referral, change, addContact, conflict, dismissConflict: () => setConflict(undefined) };
}
