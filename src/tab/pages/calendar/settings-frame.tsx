import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { useApi } from '../../auth/session.js';
import { ErrorNotice, Loading, Success } from '../../components/Notices.js';
import { problemWords } from '../../format/error-words.js';

export type SaveResult = { ok: true } | { ok: false; error: ApiError };

/**
 * One school setting edited as a whole: GET with its ETag, PUT with If-Match.
 * On 412 the setting is reloaded, the editor starts again from it, and the
 * conflict is shown; `generation` changes whenever the editor must reset.
 */
export function useSettings<T>(path: string) {
  const api = useApi();
  const resource = useResource<T>(path);
  const [conflict, setConflict] = useState<ApiError>();
  const [generation, setGeneration] = useState(0);
  const [saved, setSaved] = useState(false);
  const save = async (body: T): Promise<SaveResult> => {
    setSaved(false);
    if (!resource.etag) return { ok: false, error: new ApiError(0, 'not_ready', 'The settings are still loading.') };
    try {
      const r = await api.send<T>('PUT', path, body, { 'if-match': resource.etag });
      setConflict(undefined);
      setSaved(true);
      resource.set(r.data, r.etag);
      setGeneration((g) => g + 1);
      return { ok: true };
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, 'network', 'Lantern could not be reached. Nothing was changed.');
      if (error.status === 412) {
        setConflict(error);
        setGeneration((g) => g + 1);
        resource.reload();
      }
      return { ok: false, error };
    }
  };
  return { resource, conflict, dismiss: () => setConflict(undefined), saved, save, key: `${resource.etag}-${generation}` };
}

/** Loading, load errors, the conflict warning and the saved notice around a settings editor. */
export function SettingsFrame<T>({ settings, what, savedText, children }: { settings: ReturnType<typeof useSettings<T>>; what: string; savedText: string; children: (data: T) => ReactNode }) {
  const { resource, conflict, saved } = settings;
  return (
    <>
      {conflict && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Someone else changed the {what} first</MessageBarTitle>
            {conflict.message} The {what} have been reloaded and your changes were not saved; make them again.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={settings.dismiss}>Dismiss</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {saved && <Success title="Saved">{savedText}</Success>}
      {resource.loading && !resource.data && <Loading />}
      {resource.error && <ErrorNotice error={resource.error} onRetry={resource.reload} />}
      {resource.data && children(resource.data)}
    </>
  );
}

/** The API's field problems as one list, when it refused what was sent (422), or any other failure. */
export function SaveProblems({ error }: { error?: ApiError }) {
  if (!error || error.status === 412) return null;
  if (error.status !== 422 || error.problems.length === 0) return <ErrorNotice error={error} />;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Not saved</MessageBarTitle>
        <ul>
          {error.problems.map((p) => (
            <li key={`${p.path}-${p.message}`}>
              {problemWords(p)}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
