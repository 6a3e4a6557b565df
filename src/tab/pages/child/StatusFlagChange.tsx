import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import type { StatusFlag } from '../../api/types.js';
import { useApi } from '../../auth/session.js';
import { problemFor } from '../../components/form.js';
import { ErrorNotice } from '../../components/Notices.js';
import { CP_CATEGORY_LABELS, flagText } from '../../format/child-file-labels.js';
import { localDateInput } from '../../format/dates.js';

const useStyles = makeStyles({ row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM } });

/** End a status period, or correct its start date or a plan's category; sends the period's ETag as If-Match. */
export function StatusFlagChange({ flag, mode, onDone, onCancel }: { flag: StatusFlag; mode: 'end' | 'edit'; onDone(): void; onCancel(): void }) {
  const api = useApi();
  const styles = useStyles();
  const [endDate, setEndDate] = useState(localDateInput());
  const [startDate, setStartDate] = useState(flag.startDate);
  const [cpCategory, setCpCategory] = useState(flag.cpCategory ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    const changes = { ...(startDate !== flag.startDate ? { startDate } : {}), ...(flag.cpCategory && cpCategory !== flag.cpCategory ? { cpCategory } : {}) };
    const body = mode === 'end' ? { op: 'end', endDate } : { op: 'edit', changes };
    try {
      await api.send('PATCH', `/api/status-flags/${encodeURIComponent(flag.id)}`, body, { 'if-match': flag.etag ?? '' });
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'network', 'Lantern could not be reached. Nothing was saved; try again.'));
    }
    setBusy(false);
  };
  const label = mode === 'end' ? `End ${flagText(flag)}` : `Correct ${flagText(flag)}`;
  return (
    <form onSubmit={onSubmit} aria-label={label} className={styles.row} noValidate>
      {mode === 'end' ? (
        <Field label="Ended on" validationMessage={problemFor(error, 'endDate')}>
          <Input type="date" value={endDate} min={flag.startDate} onChange={(_, d) => setEndDate(d.value)} />
        </Field>
      ) : (
        <>
          <Field label="From" validationMessage={problemFor(error, 'changes.startDate', 'startDate')}>
            <Input type="date" value={startDate} onChange={(_, d) => setStartDate(d.value)} />
          </Field>
          {flag.cpCategory && (
            <Field label="Plan category" validationMessage={problemFor(error, 'changes.cpCategory', 'cpCategory')}>
              <Select value={cpCategory} onChange={(_, d) => setCpCategory(d.value)}>
                {Object.entries(CP_CATEGORY_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
              </Select>
            </Field>
          )}
        </>
      )}
      <Button type="submit" appearance="primary" disabled={busy}>{busy ? 'Saving…' : mode === 'end' ? 'End status' : 'Save correction'}</Button>
      <Button type="button" onClick={onCancel} disabled={busy}>Cancel</Button>
      {error && !error.problems.length && <ErrorNotice error={error} />}
    </form>
  );
}
