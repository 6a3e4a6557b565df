import { useCallback, useState } from 'react';
import { ApiError } from '../../api/client.js';
import { useApi } from '../../auth/session.js';

export interface UploadState {
  key: string;
  name: string;
  progress: number;
  error?: ApiError;
  done?: boolean;
}

/** Limits the tab checks before sending (the API checks again, by the bytes). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/** Uploads several files one after another, with progress for each; `onAttached` runs after each success. */
export function useDocumentUploads(concernId: string, onAttached: () => void) {
  const api = useApi();
  const [uploads, setUploads] = useState<UploadState[]>([]);
  const update = (key: string, patch: Partial<UploadState>) => setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...patch } : u)));

  const send = useCallback(
    async (files: File[]) => {
      const batch = files.map((f, i) => ({ file: f, state: { key: `${Date.now()}-${i}-${f.name}`, name: f.name, progress: 0 } as UploadState }));
      setUploads((all) => [...all.filter((u) => !u.done), ...batch.map((b) => b.state)]);
      for (const { file, state } of batch) {
        if (file.size > MAX_FILE_BYTES) {
          update(state.key, { error: new ApiError(413, 'payload_too_large', 'This file is larger than 25 MB, the most Lantern accepts. Make it smaller or split it.') });
          continue;
        }
        const path = `/api/concerns/${encodeURIComponent(concernId)}/documents?name=${encodeURIComponent(file.name)}`;
        try {
          await api.upload(path, file, (progress) => update(state.key, { progress }));
          update(state.key, { progress: 1, done: true });
          onAttached();
        } catch (e) {
          update(state.key, { error: e instanceof ApiError ? e : new ApiError(0, 'network', 'The file could not be sent. Nothing was attached.') });
        }
      }
    },
    [api, concernId, onAttached],
  );
  return { uploads, send };
}
