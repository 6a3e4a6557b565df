import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/client.js';
import { problemFor, useSubmit } from '../../components/form.js';
import { ErrorNotice } from '../../components/Notices.js';
import { localDateInput } from '../../format/dates.js';
import { IDENTITY_METHODS } from './types.js';
import type { ChangeResult } from './use-subject-access.js';

export const useFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  submit: { alignSelf: 'flex-start' },
});

type Change = (body: Record<string, unknown>) => Promise<ChangeResult>;

/** The API's message when it is not a field problem or a conflict (the page shows conflicts itself). */
export function OtherError({ error }: { error?: ApiError }) {
  if (!error || error.status === 412 || error.problems.length) return null;
  return <ErrorNotice error={error} />;
}

/** One text field and a button: extend (reason) or close (outcome). */
export function ReasonForm({ op, field, label, button, change }: { op: 'extend' | 'close'; field: 'reason' | 'outcome'; label: string; button: string; change: Change }) {
  const styles = useFormStyles();
  const [text, setText] = useState('');
  const submit = useSubmit();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (await submit.run(() => change({ op, [field]: text }))) setText('');
  };
  return (
    <form onSubmit={onSubmit} aria-label={button} className={styles.form} noValidate>
      <Field label={label} required validationMessage={problemFor(submit.error, field)}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <OtherError error={submit.error} />
      <Button type="submit" className={styles.submit} disabled={submit.busy}>{button}</Button>
    </form>
  );
}

export function IdentityForm({ change }: { change: Change }) {
  const styles = useFormStyles();
  const [method, setMethod] = useState('known-to-school');
  const [checkedOn, setCheckedOn] = useState(localDateInput());
  const submit = useSubmit();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    await submit.run(() => change({ op: 'recordIdentity', method, checkedOn }));
  };
  return (
    <form onSubmit={onSubmit} aria-label="Record the identity check" className={styles.form} noValidate>
      <div className={styles.row}>
        <Field label="How the requester's identity was checked" validationMessage={problemFor(submit.error, 'method')}>
          <Select value={method} onChange={(_, d) => setMethod(d.value)}>
            {IDENTITY_METHODS.map(([id, label]) => <option key={id} value={id}>{label}</option>)}
          </Select>
        </Field>
        <Field label="Checked on" validationMessage={problemFor(submit.error, 'checkedOn')}>
          <Input type="date" value={checkedOn} onChange={(_, d) => setCheckedOn(d.value)} />
        </Field>
        <Button type="submit" disabled={submit.busy}>Record identity check</Button>
      </div>
      <OtherError error={submit.error} />
    </form>
  );
}
