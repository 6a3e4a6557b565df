import { useState } from 'react';
import type { ApiError } from '../api/client.js';

/** The server's message for one field (problems carry dotted paths like `reasons` or `children.0.role`). */
export function problemFor(error: ApiError | undefined, ...paths: string[]): string | undefined {
  return error?.problems.find((p) => paths.some((path) => p.path === path || p.path.startsWith(`${path}.`)))?.message;
}

/** Busy and error state around one submit; `run` returns whether it worked. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const run = async (action: () => Promise<{ ok: true } | { ok: false; error: ApiError }>) => {
    setBusy(true);
    setError(undefined);
    const result = await action();
    setBusy(false);
    if (!result.ok) setError(result.error);
    return result.ok;
  };
  return { busy, error, setError, run };
}
