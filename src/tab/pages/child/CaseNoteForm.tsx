import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { useApi, useMe } from '../../auth/session.js';
import { problemFor } from '../../components/form.js';
import { ErrorNotice } from '../../components/Notices.js';
import { NOTE_KIND_LABELS, NOTE_METHOD_LABELS, RELATIONSHIP_LABELS } from '../../format/child-file-labels.js';
import { localDateInput, schoolInstant, schoolNowInputs } from '../../format/dates.js';
import { newKey } from '../log/concern-draft.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  submit: { alignSelf: 'flex-start' },
});

const options = (labels: Record<string, string>) => Object.entries(labels).map(([v, l]) => <option key={v} value={v}>{l}</option>);

/** "Add a case note": when, with whom, how, what was said, and (for DSLs) a follow-up date. */
export function CaseNoteForm({ childId, concernId, onSaved }: { childId: string; concernId?: string; onSaved(): void }) {
  const me = useMe();
  const api = useApi();
  const styles = useStyles();
  const now = schoolNowInputs(me.school.timeZone);
  const [f, setF] = useState({ kind: 'call', method: 'phone', date: now.date, time: now.time, name: '', relationship: 'parent-carer', summary: '', followUpDate: '' });
  const [key, setKey] = useState(newKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [missing, setMissing] = useState(false);
  const set = (field: keyof typeof f) => (_: unknown, d: { value: string }) => setF({ ...f, [field]: d.value });
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const occurredAt = schoolInstant(f.date, f.time, me.school.timeZone);
    if (!occurredAt || !f.summary.trim()) return setMissing(true);
    setMissing(false);
    setBusy(true);
    setError(undefined);
    const body = {
      childId, ...(concernId ? { concernId } : {}), kind: f.kind, method: f.method, occurredAt, summary: f.summary.trim(),
      with: f.name.trim() ? [{ name: f.name.trim(), relationship: f.relationship }] : [],
      ...(f.followUpDate ? { followUpDate: f.followUpDate } : {}),
    };
    try {
      await api.send('POST', '/api/case-notes', body, { 'idempotency-key': key });
      setF({ ...f, name: '', summary: '', followUpDate: '' });
      setKey(newKey());
      onSaved();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'network', 'Lantern could not be reached. Nothing was saved; try again.'));
    }
    setBusy(false);
  };
  return (
    <form onSubmit={onSubmit} aria-label="Add a case note" className={styles.form} noValidate>
      <div className={styles.row}>
        <Field label="What was it"><Select value={f.kind} onChange={set('kind')}>{options(NOTE_KIND_LABELS)}</Select></Field>
        <Field label="How"><Select value={f.method} onChange={set('method')}>{options(NOTE_METHOD_LABELS)}</Select></Field>
        <Field label="Date" required validationMessage={problemFor(error, 'occurredAt')}><Input type="date" value={f.date} max={localDateInput()} onChange={set('date')} /></Field>
        <Field label="Time"><Input type="time" value={f.time} onChange={set('time')} /></Field>
      </div>
      <div className={styles.row}>
        <Field label="With whom" validationMessage={problemFor(error, 'with')}><Input value={f.name} onChange={set('name')} placeholder="Name or role" /></Field>
        <Field label="Their relationship"><Select value={f.relationship} onChange={set('relationship')}>{options(RELATIONSHIP_LABELS)}</Select></Field>
      </div>
      <Field label="Summary" required validationMessage={(missing && !f.summary.trim() && 'Write what was said or agreed.') || problemFor(error, 'summary')}>
        <Textarea value={f.summary} onChange={set('summary')} resize="vertical" rows={4} />
      </Field>
      {me.can.dashboard && (
        <Field label="Follow-up date (optional)" hint={concernId ? 'Becomes an action on this concern, assigned to you.' : 'Kept on the note until you mark it done.'} validationMessage={problemFor(error, 'followUpDate')}>
          <Input type="date" value={f.followUpDate} min={localDateInput()} onChange={set('followUpDate')} />
        </Field>
      )}
      {error && !error.problems.length && <ErrorNotice error={error} />}
      <Button type="submit" appearance="primary" className={styles.submit} disabled={busy}>{busy ? 'Saving…' : 'Save case note'}</Button>
    </form>
  );
}
