import { useEffect, useMemo, useState } from 'react';
import { parseRoute, type Route } from './routes.js';

/** The current hash route; follows back/forward and link clicks. */
export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return useMemo(() => parseRoute(hash), [hash]);
}

export const navigate = (hash: string) => {
  window.location.hash = hash;
};
