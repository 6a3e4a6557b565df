import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../auth/session.js';
import { ApiError } from './client.js';
import type { Page } from './types.js';

interface PagedState<T> {
  items: T[];
  next?: string;
  loading: boolean;
  error?: ApiError;
  /** The latest page as the API sent it, for fields beside the items (e.g. the audit trail's people). */
  latest?: Page<T> & Record<string, unknown>;
}

const withCursor = (path: string, cursor?: string) =>
  cursor ? `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}` : path;

/** A paged list (items + cursor): the first page on load, the next on `loadMore()`. */
export function usePaged<T>(path: string | null) {
  const api = useApi();
  const [state, setState] = useState<PagedState<T>>({ items: [], loading: path !== null });
  const current = useRef(path);
  const load = useCallback(
    (cursor: string | undefined, replace: boolean) => {
      if (path === null) return;
      setState((s) => ({ ...s, loading: true, error: undefined }));
      api.get<Page<T>>(withCursor(path, cursor)).then(
        (r) => current.current === path && setState((s) => ({ items: replace ? r.data.items : [...s.items, ...r.data.items], next: r.data.cursor, loading: false, latest: r.data as Page<T> & Record<string, unknown> })),
        (e: unknown) => current.current === path && setState((s) => ({ ...s, loading: false, error: e instanceof ApiError ? e : new ApiError(0, 'network', 'Lantern could not be reached.') })),
      );
    },
    [api, path],
  );
  useEffect(() => {
    current.current = path;
    setState({ items: [], loading: path !== null });
    load(undefined, true);
  }, [path, load]);
  return { ...state, loadMore: () => load(state.next, false), reload: () => load(undefined, true) };
}
