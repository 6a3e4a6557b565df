import { Button, Checkbox, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { useRoster } from '../../api/use-roster.js';
import { useApi } from '../../auth/session.js';
import { problemFor, useSubmit } from '../../components/form.js';
import { ErrorNotice } from '../../components/Notices.js';
import { localDateInput } from '../../format/dates.js';
import { IDENTITY_METHODS, RELATIONSHIPS, type SubjectAccessRequest } from './types.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  submit: { alignSelf: 'flex-start' },
});

/** Records a new request; a retry of the same submission (same key) cannot record it twice. */
export function NewRequestForm({ onCreated }: { onCreated: (s: SubjectAccessRequest) => void }) {
  const styles = useStyles();
  const api = useApi();
  const roster = useRoster();
  const submit = useSubmit();
  const today = localDateInput();
  const [key] = useState(() => `sar-${crypto.randomUUID()}`);
  const [v, setV] = useState({ childId: '', name: '', relationship: 'parent-carer', receivedOn: today, checked: false, method: 'known-to-school', checkedOn: today, notes: '' });
  const set = (patch: Partial<typeof v>) => setV((x) => ({ ...x, ...patch }));
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const body = {
      childId: v.childId, requester: { name: v.name, relationship: v.relationship }, receivedOn: v.receivedOn,
      identity: v.checked ? { checked: true, method: v.method, checkedOn: v.checkedOn } : { checked: false }, ...(v.notes ? { notes: v.notes } : {}),
    };
    await submit.run(async () => {
      try {
        onCreated((await api.send<SubjectAccessRequest>('POST', '/api/subject-access-requests', body, { 'idempotency-key': key })).data);
        return { ok: true };
      } catch (err) {
        return { ok: false, error: err instanceof ApiError ? err : new ApiError(0, 'network', 'Lantern could not be reached. Nothing was recorded.') };
      }
    });
  };
  const other = submit.error && submit.error.problems.length === 0 ? submit.error : undefined;
  return (
    <form onSubmit={onSubmit} aria-label="Record a subject access request" className={styles.form} noValidate>
      <Field label="Child" required validationMessage={problemFor(submit.error, 'childId')}>
        <Select value={v.childId} onChange={(_, d) => set({ childId: d.value })}>
          <option value="">Choose a child</option>
          {(roster ?? []).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label="Who asked" required validationMessage={problemFor(submit.error, 'requester.name')}>
          <Input value={v.name} onChange={(_, d) => set({ name: d.value })} />
        </Field>
        <Field label="Relationship to the child" validationMessage={problemFor(submit.error, 'requester.relationship')}>
          <Select value={v.relationship} onChange={(_, d) => set({ relationship: d.value })}>
            {RELATIONSHIPS.map(([id, label]) => <option key={id} value={id}>{label}</option>)}
          </Select>
        </Field>
        <Field label="Received on" required validationMessage={problemFor(submit.error, 'receivedOn')}>
          <Input type="date" value={v.receivedOn} onChange={(_, d) => set({ receivedOn: d.value })} />
        </Field>
      </div>
      <Checkbox label="Identity checked" checked={v.checked} onChange={(_, d) => set({ checked: d.checked === true })} />
      {v.checked && (
        <div className={styles.row}>
          <Field label="How" validationMessage={problemFor(submit.error, 'identity.method')}>
            <Select value={v.method} onChange={(_, d) => set({ method: d.value })}>
              {IDENTITY_METHODS.map(([id, label]) => <option key={id} value={id}>{label}</option>)}
            </Select>
          </Field>
          <Field label="Checked on" validationMessage={problemFor(submit.error, 'identity.checkedOn')}>
            <Input type="date" value={v.checkedOn} onChange={(_, d) => set({ checkedOn: d.value })} />
          </Field>
        </div>
      )}
      <Field label="Notes" validationMessage={problemFor(submit.error, 'notes')}>
        <Textarea value={v.notes} onChange={(_, d) => set({ notes: d.value })} />
      </Field>
      {other && <ErrorNotice error={other} />}
      <Button type="submit" appearance="primary" className={styles.submit} disabled={submit.busy}>Record request</Button>
    </form>
  );
}
