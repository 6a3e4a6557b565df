import { Button, Field, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../api/client.js';
import { problemFor, useSubmit } from './form.js';
import { ErrorNotice } from './Notices.js';

type Result = { ok: true } | { ok: false; error: ApiError };

/** "Mark done" with a note of what was done; the assignee's (or a DSL's). */
export function MarkDoneForm({ label, onDone }: { label: string; onDone(note: string): Promise<Result> }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    await submit.run(() => onDone(note.trim()));
  };
  if (!open) {
    return (
      <div>
        <Button size="small" onClick={() => setOpen(true)} aria-label={`Mark "${label}" done`}>Mark done</Button>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} aria-label={`Mark "${label}" done`} noValidate>
      <Field label="What was done (optional)" validationMessage={problemFor(submit.error, 'note')}>
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} resize="vertical" rows={2} />
      </Field>
      {submit.error && submit.error.status !== 412 && !submit.error.problems.length && <ErrorNotice error={submit.error} />}
      <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
        <Button type="submit" appearance="primary" size="small" disabled={submit.busy}>{submit.busy ? 'Saving…' : 'Mark done'}</Button>
        <Button size="small" onClick={() => setOpen(false)}>Cancel</Button>
      </div>
    </form>
  );
}
