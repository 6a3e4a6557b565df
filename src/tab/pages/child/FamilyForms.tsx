import { Button, Checkbox, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { useRoster } from '../../api/use-roster.js';
import { useApi } from '../../auth/session.js';
import { problemFor } from '../../components/form.js';
import { ErrorNotice } from '../../components/Notices.js';
import { LINK_KIND_LABELS } from '../../format/child-file-labels.js';

const useStyles = makeStyles({ row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM } });

const asApiError = (err: unknown) =>
  err instanceof ApiError ? err : new ApiError(0, 'network', 'Lantern could not be reached. Nothing was saved; try again.');

const yearText = (y?: string) => (y === undefined ? '' : y === 'R' ? 'Reception' : y === 'N' ? 'Nursery' : `Year ${y}`);

/** A DSL links this child to another child on roll, as a sibling or as living in the same household. */
export function FamilyLinkForm({ childId, linked, onSaved }: { childId: string; linked: string[]; onSaved(): void }) {
  const api = useApi();
  const styles = useStyles();
  const roster = useRoster();
  const [other, setOther] = useState('');
  const [kind, setKind] = useState('sibling');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const choices = (roster ?? []).filter((c) => c.id !== childId && !linked.includes(c.id));
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!other) {
      setError(new ApiError(400, 'invalid', 'Choose the child to link.', [{ path: 'childId', message: 'Choose the child to link.' }]));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await api.send('POST', `/api/children/${encodeURIComponent(childId)}/family-links`, { childId: other, kind });
      setOther('');
      onSaved();
    } catch (err) {
      setError(asApiError(err));
    }
    setBusy(false);
  };
  return (
    <form onSubmit={onSubmit} aria-label="Link a child" className={styles.row} noValidate>
      <Field label="Child" validationMessage={problemFor(error, 'childId')}>
        <Select value={other} onChange={(_, d) => setOther(d.value)}>
          <option value="">{roster ? 'Choose a child…' : 'Loading children…'}</option>
          {choices.map((c) => <option key={c.id} value={c.id}>{[c.name, yearText(c.yearGroup)].filter(Boolean).join(', ')}</option>)}
        </Select>
      </Field>
      <Field label="Link" validationMessage={problemFor(error, 'kind')}>
        <Select value={kind} onChange={(_, d) => setKind(d.value)}>
          {Object.entries(LINK_KIND_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </Select>
      </Field>
      <Button type="submit" disabled={busy}>{busy ? 'Saving…' : 'Add link'}</Button>
      {error && !error.problems.length && <ErrorNotice error={error} />}
    </form>
  );
}

/** A DSL records an adult in the child's life and whether they hold parental responsibility. */
export function ChildAdultForm({ childId, onSaved }: { childId: string; onSaved(): void }) {
  const api = useApi();
  const styles = useStyles();
  const [f, setF] = useState({ name: '', relationship: '', parentalResponsibility: true });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.send('POST', `/api/children/${encodeURIComponent(childId)}/adults`, { name: f.name.trim(), relationship: f.relationship.trim(), parentalResponsibility: f.parentalResponsibility });
      setF({ name: '', relationship: '', parentalResponsibility: true });
      onSaved();
    } catch (err) {
      setError(asApiError(err));
    }
    setBusy(false);
  };
  return (
    <form onSubmit={onSubmit} aria-label="Add an adult" className={styles.row} noValidate>
      <Field label="Name" required validationMessage={problemFor(error, 'name')}>
        <Input value={f.name} maxLength={200} onChange={(_, d) => setF({ ...f, name: d.value })} />
      </Field>
      <Field label="Relationship to the child" required hint="For example: Mother, Grandfather, Foster carer" validationMessage={problemFor(error, 'relationship')}>
        <Input value={f.relationship} maxLength={100} onChange={(_, d) => setF({ ...f, relationship: d.value })} />
      </Field>
      <Checkbox label="Has parental responsibility" checked={f.parentalResponsibility} onChange={(_, d) => setF({ ...f, parentalResponsibility: d.checked === true })} />
      <Button type="submit" disabled={busy}>{busy ? 'Saving…' : 'Add adult'}</Button>
      {error && !error.problems.length && <ErrorNotice error={error} />}
    </form>
  );
}
