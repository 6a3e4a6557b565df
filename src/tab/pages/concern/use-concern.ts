import { useCallback, useState } from 'react';
import { ApiError } from '../../api/client.js';
import type { Concern, VersionView } from '../../api/types.js';
import { useResource } from '../../api/use-resource.js';
import { useApi } from '../../auth/session.js';

export type ChangeResult = { ok: true } | { ok: false; error: ApiError };

/** The changes made by others since `version`, newest last. */
const changesSince = (c: Concern, version: number): VersionView[] => (c.history ?? []).filter((v) => v.version > version);

/**
 * One concern and the way to change it. Every change names the version it was
 * made on (If-Match); when someone else got there first the page shows their
 * change instead of overwriting it, and the form keeps what this person typed.
 */
export function useConcern(id: string) {
  const api = useApi();
  const path = `/api/concerns/${encodeURIComponent(id)}`;
  const concern = useResource<Concern>(path);
  const [conflict, setConflict] = useState<VersionView[]>();

  const send = useCallback(
    async (method: 'PATCH' | 'POST', suffix: string, body: Record<string, unknown>): Promise<ChangeResult> => {
      const seen = concern.data;
      if (!seen || !concern.etag) return { ok: false, error: new ApiError(0, 'not_ready', 'The concern is still loading.') };
      try {
        await api.send<Concern>(method, `${path}${suffix}`, body, { 'if-match': concern.etag });
        setConflict(undefined);
        const fresh = await api.get<Concern>(path);
        concern.set(fresh.data, fresh.etag);
        return { ok: true };
      } catch (e) {
        const error = e instanceof ApiError ? e : new ApiError(0, 'network', 'Lantern could not be reached. Nothing was changed.');
        if (error.status === 412) {
          const fresh = await api.get<Concern>(path).catch(() => undefined);
          if (fresh) concern.set(fresh.data, fresh.etag);
          setConflict(fresh ? changesSince(fresh.data, seen.version) : []);
        }
        return { ok: false, error };
      }
    },
    [api, path, concern],
  );
  const change = useCallback((body: Record<string, unknown>) => send('PATCH', '', body), [send]);
  /** A change through one of the concern's sub-resources, e.g. `/actions` (POST, same If-Match and conflict handling). */
  const post = useCallback((suffix: string, body: Record<string, unknown>) => send('POST', suffix, body), [send]);
  return { ...concern, change, post, conflict, dismissConflict: () => setConflict(undefined) };
}
