import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import type { ChildSummary, Page } from '../../api/types.js';
import { useResource } from '../../api/use-resource.js';
import { href } from '../../app/routes.js';
import { useApi } from '../../auth/session.js';
import { useSubmit } from '../../components/form.js';
import { ErrorNotice } from '../../components/Notices.js';

const asError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'bad_file', 'That file is not a Lantern transfer pack (JSON).'));

/** Imports a transfer pack (JSON) received from a child's previous school onto their chronology. */
export function ImportPackForm() {
  const api = useApi();
  const children = useResource<Page<ChildSummary>>('/api/children');
  const [childId, setChildId] = useState('');
  const [file, setFile] = useState<File>();
  const [sentAt, setSentAt] = useState('');
  const submit = useSubmit();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file || !childId) return;
    const ok = await submit.run(async () => {
      try {
        const pack = JSON.parse(await file.text()) as unknown;
        await api.send('POST', '/api/transfers/received', { childId, pack, ...(sentAt ? { sentAt: new Date(sentAt).toISOString() } : {}) });
        return { ok: true as const };
      } catch (err) {
        return { ok: false as const, error: asError(err) };
      }
    });
    if (ok) window.location.hash = href.child(childId);
  };
  return (
    <form onSubmit={onSubmit} aria-label="Import a received transfer pack" noValidate>
      <Text>The pack&apos;s UPN must match the child&apos;s. Its entries join the child&apos;s chronology, marked as received from the previous school.</Text>
      <Field label="Child" required>
        <Select value={childId} onChange={(_, d) => setChildId(d.value)}>
          <option value="">Choose…</option>
          {(children.data?.items ?? []).map((c) => (
            <option key={c.id} value={c.id}>{`${c.name}${c.upn ? ` (${c.upn})` : ''}`}</option>
          ))}
        </Select>
      </Field>
      <Field label="Pack file (JSON)" required>
        <input type="file" accept="application/json,.json" aria-label="Pack file (JSON)" onChange={(e) => setFile(e.target.files?.[0])} />
      </Field>
      <Field label="When the previous school sent it">
        <Input type="datetime-local" value={sentAt} onChange={(_, d) => setSentAt(d.value)} />
      </Field>
      {submit.error && <ErrorNotice error={submit.error} />}
      <Button type="submit" disabled={submit.busy || !file || !childId}>Import pack</Button>
    </form>
  );
}
