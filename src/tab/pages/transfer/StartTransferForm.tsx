import { Button, Field, Input } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import type { Transfer } from '../../api/records-types.js';
import { href } from '../../app/routes.js';
import { useApi } from '../../auth/session.js';
import { problemFor, useSubmit } from '../../components/form.js';
import { ErrorNotice } from '../../components/Notices.js';

/** Starts a transfer for one leaver: the new school's name and URN. */
export function StartTransferForm({ childId, name }: { childId: string; name: string }) {
  const api = useApi();
  const [school, setSchool] = useState('');
  const [urn, setUrn] = useState('');
  const submit = useSubmit();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    await submit.run(async () => {
      try {
        const r = await api.send<Transfer>('POST', '/api/transfers', { childId, destination: { name: school.trim(), ...(urn.trim() ? { urn: urn.trim() } : {}) } }, { 'idempotency-key': `transfer-${childId}-${Date.now()}` });
        window.location.hash = href.transfer(r.data.id);
        return { ok: true as const };
      } catch (err) {
        return { ok: false as const, error: err instanceof ApiError ? err : new ApiError(0, 'network', 'Lantern could not be reached. Nothing was changed.') };
      }
    });
  };
  return (
    <form onSubmit={onSubmit} aria-label={`Start a transfer for ${name}`} noValidate>
      <Field label="New school" required validationMessage={problemFor(submit.error, 'destination.name')}>
        <Input value={school} onChange={(_, d) => setSchool(d.value)} />
      </Field>
      <Field label="New school's URN (6 digits, if known)" validationMessage={problemFor(submit.error, 'destination.urn')}>
        <Input value={urn} onChange={(_, d) => setUrn(d.value)} inputMode="numeric" />
      </Field>
      {submit.error && !submit.error.problems.length && <ErrorNotice error={submit.error} />}
      <Button type="submit" appearance="primary" disabled={submit.busy || !school.trim()}>Start transfer</Button>
    </form>
  );
}
