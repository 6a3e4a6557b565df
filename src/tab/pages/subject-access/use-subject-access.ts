import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { useApi } from '../../auth/session.js';
import type { ExportJob, ExportPreview, SarRelease, SubjectAccessRequest } from './types.js';
import { saveFile } from '../../components/save-file.js';

export type ChangeResult = { ok: true } | { ok: false; error: ApiError };

const asError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'network', 'Lantern could not be reached. Nothing was changed.'));

/**
 * One subject access request and what a DSL does with it. Changes and the
 * release name the version they were made on (If-Match); on a conflict the
 * page reloads and says who changed it.
 */
export function useSubjectAccess(id: string) {
  const api = useApi();
  const path = `/api/subject-access-requests/${encodeURIComponent(id)}`;
  const sar = useResource<SubjectAccessRequest>(path);
  const [conflict, setConflict] = useState<ApiError>();
  const [preview, setPreview] = useState<ExportPreview>();
  const [released, setReleased] = useState<SarRelease>();
  const [job, setJob] = useState<ExportJob>();

  const refresh = useCallback(async () => {
    const fresh = await api.get<SubjectAccessRequest>(path).catch(() => undefined);
    if (fresh) sar.set(fresh.data, fresh.etag);
  }, [api, path, sar]);

  const loadPreview = useCallback(async (): Promise<ChangeResult> => {
    try {
      setPreview((await api.get<ExportPreview>(`${path}/export-preview`)).data);
      return { ok: true };
    } catch (e) {
      return { ok: false, error: asError(e) };
    }
  }, [api, path]);

  const guarded = useCallback(
    async (send: (etag: string) => Promise<unknown>): Promise<ChangeResult> => {
      if (!sar.etag) return { ok: false, error: new ApiError(0, 'not_ready', 'The request is still loading.') };
      try {
        await send(sar.etag);
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
    [sar.etag, refresh],
  );

  const change = useCallback(
    async (body: Record<string, unknown>) => {
      const r = await guarded((etag) => api.send('PATCH', path, body, { 'if-match': etag }));
      if (r.ok && preview) await loadPreview();
      return r;
    },
    [api, path, guarded, preview, loadPreview],
  );

  const release = useCallback(
    () =>
      guarded(async (etag) => {
        const r = (await api.send<{ release?: SarRelease; job?: ExportJob }>('POST', `${path}/releases`, { confirmReviewed: true }, { 'if-match': etag })).data;
        if (r.job) setJob(r.job);
        else setReleased(r.release);
      }),
    [api, path, guarded],
  );

  // A large file builds in the background: poll its job until it is done, then show the new release.
  useEffect(() => {
    if (!job || job.status === 'done' || job.status === 'failed') return;
    const timer = setTimeout(async () => {
      const next = await api.get<ExportJob>(job.poll).catch(() => undefined);
      if (next) setJob(next.data);
      if (next?.data.status === 'done') await refresh();
    }, 2000);
    return () => clearTimeout(timer);
  }, [api, job, refresh]);

  const download = useCallback(
    async (releaseId: string, format: 'pdf' | 'json'): Promise<ChangeResult> => {
      try {
        const file = await api.download(`${path}/releases/${encodeURIComponent(releaseId)}/${format}`);
        saveFile(file.blob, file.fileName, `subject-access.${format}`);
        return { ok: true };
      } catch (e) {
        return { ok: false, error: asError(e) };
      }
    },
    [api, path],
  );

  return { ...sar, change, release, released, job, download, preview, loadPreview, conflict, dismissConflict: () => setConflict(undefined) };
}
