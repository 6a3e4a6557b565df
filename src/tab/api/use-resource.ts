import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './client.js';
import { useApi } from '../auth/session.js';

export interface Resource<T> {
  data?: T;
  etag?: string;
  error?: ApiError;
  loading: boolean;
  reload(): void;
  /** Replaces the data after a change the caller made (e.g. a PATCH answer). */
  set(data: T, etag?: string): void;
}

interface State<T> {
  data?: T;
  etag?: string;
  error?: ApiError;
  loading: boolean;
}

const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'network', 'Lantern could not be reached. Check your connection and try again.'));

/** GETs `path` (null = nothing yet) and re-fetches when the path changes or on reload(). */
export function useResource<T>(path: string | null): Resource<T> {
  const api = useApi();
  const [state, setState] = useState<State<T>>({ loading: path !== null });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: undefined }));
    api
      .get<T>(path, controller.signal)
      .then((r) => setState({ data: r.data, etag: r.etag, loading: false }))
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setState({ error: asApiError(e), loading: false });
      });
    return () => controller.abort();
  }, [api, path, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const set = useCallback((data: T, etag?: string) => setState({ data, etag, loading: false }), []);
  return { ...state, reload, set };
}
