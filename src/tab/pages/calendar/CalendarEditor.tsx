import { Button, Caption1, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { problemFor, useSubmit } from '../../components/form.js';
import { SaveProblems, type SaveResult } from './settings-frame.js';

export interface SchoolCalendar {
  timeZone?: string;
  terms: { start: string; end: string }[];
  closures: string[];
  endOfDay: string;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  submit: { alignSelf: 'flex-start' },
});

const ordinal = (i: number) => `Term ${i + 1}`;

/** The admin's working copy of the calendar; saved as one PUT with If-Match. */
export function CalendarEditor({ calendar, save }: { calendar: SchoolCalendar; save(c: SchoolCalendar): Promise<SaveResult> }) {
  const styles = useStyles();
  const [draft, setDraft] = useState<SchoolCalendar>(() => ({ terms: calendar.terms, closures: calendar.closures, endOfDay: calendar.endOfDay }));
  const { busy, error, run } = useSubmit();
  const setTerm = (i: number, term: { start: string; end: string } | undefined) =>
    setDraft((d) => ({ ...d, terms: term ? d.terms.map((t, j) => (j === i ? term : t)) : d.terms.filter((_, j) => j !== i) }));
  const setClosure = (i: number, day: string | undefined) =>
    setDraft((d) => ({ ...d, closures: day === undefined ? d.closures.filter((_, j) => j !== i) : d.closures.map((c, j) => (j === i ? day : c)) }));
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    await run(() => save(draft));
  };
  return (
    <form onSubmit={onSubmit} aria-label="School calendar" className={styles.form} noValidate>
      <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
        <legend><Text weight="semibold">Terms</Text></legend>
        {draft.terms.length === 0 && <Caption1>No terms: timescales in school days cannot be counted until you add them.</Caption1>}
        <ul className={styles.list} aria-label="Terms">
          {draft.terms.map((t, i) => (
            <li key={i} className={styles.row}>
              <Field label={`${ordinal(i)} starts`} validationMessage={problemFor(error, `terms.${i}.start`)}>
                <Input type="date" value={t.start} onChange={(_, d) => setTerm(i, { ...t, start: d.value })} />
              </Field>
              <Field label={`${ordinal(i)} ends`} validationMessage={problemFor(error, `terms.${i}.end`)}>
                <Input type="date" value={t.end} onChange={(_, d) => setTerm(i, { ...t, end: d.value })} />
              </Field>
              <Button appearance="subtle" onClick={() => setTerm(i, undefined)}>Remove {ordinal(i).toLowerCase()}</Button>
            </li>
          ))}
        </ul>
        <Button onClick={() => setDraft((d) => ({ ...d, terms: [...d.terms, { start: '', end: '' }] }))}>Add a term</Button>
      </fieldset>
      <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
        <legend><Text weight="semibold">Closure days</Text></legend>
        <Caption1>INSET days, snow days: days inside a term when the school is closed.</Caption1>
        <ul className={styles.list} aria-label="Closure days">
          {draft.closures.map((c, i) => (
            <li key={i} className={styles.row}>
              <Field label={`Closure day ${i + 1}`} validationMessage={problemFor(error, `closures.${i}`)}>
                <Input type="date" value={c} onChange={(_, d) => setClosure(i, d.value)} />
              </Field>
              <Button appearance="subtle" onClick={() => setClosure(i, undefined)}>Remove closure day {i + 1}</Button>
            </li>
          ))}
        </ul>
        <Button onClick={() => setDraft((d) => ({ ...d, closures: [...d.closures, ''] }))}>Add a closure day</Button>
      </fieldset>
      <Field label="End of the working day" hint="A timescale runs out at this time on its last day." validationMessage={problemFor(error, 'endOfDay')}>
        <Input type="time" value={draft.endOfDay} onChange={(_, d) => setDraft((x) => ({ ...x, endOfDay: d.value }))} />
      </Field>
      <SaveProblems error={error} />
      <Button type="submit" appearance="primary" disabled={busy} className={styles.submit}>
        {busy ? 'Saving…' : 'Save calendar'}
      </Button>
    </form>
  );
}
