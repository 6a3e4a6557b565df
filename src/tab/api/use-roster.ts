import { useEffect, useState } from 'react';
import { useApi, useMe } from '../auth/session.js';
import type { ApiClient } from './client.js';
import type { ChildSummary } from './types.js';

// One roster request per signed-in session, shared by every page that names children.
const rosters = new WeakMap<ApiClient, Promise<ChildSummary[]>>();

function loadRoster(api: ApiClient): Promise<ChildSummary[]> {
  let roster = rosters.get(api);
  if (!roster) {
    roster = api.get<{ items: ChildSummary[] }>('/api/children').then((r) => r.data.items);
    roster.catch(() => rosters.delete(api));
    rosters.set(api, roster);
  }
  return roster;
}

/** The school's children (names and year groups), or undefined while loading or when not allowed. */
export function useRoster(): ChildSummary[] | undefined {
  const api = useApi();
  const me = useMe();
  const [children, setChildren] = useState<ChildSummary[]>();
  useEffect(() => {
    if (!me.can.listChildren) return;
    let live = true;
    loadRoster(api).then((c) => live && setChildren(c), () => live && setChildren([]));
    return () => {
      live = false;
    };
  }, [api, me.can.listChildren]);
  return children;
}

export const childNamed = (roster: ChildSummary[] | undefined, id: string) => roster?.find((c) => c.id === id)?.name ?? 'a child';
