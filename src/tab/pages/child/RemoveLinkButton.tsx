import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { useApi } from '../../auth/session.js';
import { ErrorNotice } from '../../components/Notices.js';

/**
 * A DSL removes a family link made in error or no longer true (removeFamilyLink),
 * after confirming. The link is kept in the history, marked removed.
 */
export function RemoveLinkButton({ linkId, name, kind, onRemoved }: { linkId: string; name: string; kind: string; onRemoved(): void }) {
  const api = useApi();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const remove = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.send('PATCH', `/api/family-links/${encodeURIComponent(linkId)}`, { op: 'remove' });
      onRemoved();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'network', 'Lantern could not be reached. The link was not removed; try again.'));
      setBusy(false);
    }
  };
  if (!confirming) {
    return (
      <Button size="small" appearance="subtle" aria-label={`Remove link to ${name}`} onClick={() => setConfirming(true)}>
        Remove link
      </Button>
    );
  }
  return (
    <>
      <Text>{`Remove the link to ${name} (${kind.toLowerCase()})? It stays in the history.`}</Text>
      <Button size="small" appearance="primary" onClick={remove} disabled={busy}>
        {busy ? 'Removing…' : 'Remove the link'}
      </Button>
      <Button size="small" onClick={() => setConfirming(false)} disabled={busy}>
        Cancel
      </Button>
      {error && <ErrorNotice error={error} />}
    </>
  );
}
