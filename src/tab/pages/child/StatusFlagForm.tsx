import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { useApi } from '../../auth/session.js';
import { problemFor } from '../../components/form.js';
import { ErrorNotice } from '../../components/Notices.js';
import { CP_CATEGORY_LABELS, FLAG_LABELS } from '../../format/child-file-labels.js';
import { localDateInput } from '../../format/dates.js';
import { newKey } from '../log/concern-draft.js';

const useStyles = makeStyles({ row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM } });

/** A DSL sets a status from a date; a child protection plan asks for its category. */
export function StatusFlagForm({ childId, onSaved }: { childId: string; onSaved(): void }) {
  const api = useApi();
  const styles = useStyles();
  const [flag, setFlag] = useState('child-protection-plan');
  const [cpCategory, setCpCategory] = useState('neglect');
  const [startDate, setStartDate] = useState(localDateInput());
  const [key, setKey] = useState(newKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = { flag, startDate, ...(flag === 'child-protection-plan' ? { cpCategory } : {}) };
      await api.send('POST', `/api/children/${encodeURIComponent(childId)}/status-flags`, body, { 'idempotency-key': key });
      setKey(newKey());
      onSaved();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'network', 'Lantern could not be reached. Nothing was saved; try again.'));
    }
    setBusy(false);
  };
  return (
    <form onSubmit={onSubmit} aria-label="Set a status" className={styles.row} noValidate>
      <Field label="Status">
        <Select value={flag} onChange={(_, d) => setFlag(d.value)}>
          {Object.entries(FLAG_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </Select>
      </Field>
      {flag === 'child-protection-plan' && (
        <Field label="Plan category" validationMessage={problemFor(error, 'cpCategory')}>
          <Select value={cpCategory} onChange={(_, d) => setCpCategory(d.value)}>
            {Object.entries(CP_CATEGORY_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </Select>
        </Field>
      )}
      <Field label="From" validationMessage={problemFor(error, 'startDate')}>
        <Input type="date" value={startDate} onChange={(_, d) => setStartDate(d.value)} />
      </Field>
      <Button type="submit" disabled={busy}>{busy ? 'Saving…' : 'Set status'}</Button>
      {error && !error.problems.length && <ErrorNotice error={error} />}
    </form>
  );
}
