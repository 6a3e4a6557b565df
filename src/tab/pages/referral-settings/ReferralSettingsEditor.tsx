import { Button, Caption1, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { problemFor, useSubmit } from '../../components/form.js';
import { SaveProblems, type SaveResult } from '../calendar/settings-frame.js';
import { AgencyEditor } from './AgencyEditor.js';
import { slug, type AgencySetting, type ReferralSettings } from './types.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  submit: { alignSelf: 'flex-start' },
});

const ALERT_FIELDS = [
  ['dueSoonWorkingDays', 'Alert this many working days before a milestone falls due'],
  ['escalateAfterWorkingDays', 'Escalate to the head when still overdue after this many working days'],
] as const;

/** The admin's working copy of the agencies, milestones and alert settings; saved as one PUT with If-Match. */
export function ReferralSettingsEditor({ settings, save }: { settings: ReferralSettings; save(s: ReferralSettings): Promise<SaveResult> }) {
  const styles = useStyles();
  const [draft, setDraft] = useState<ReferralSettings>(settings);
  const [newName, setNewName] = useState('');
  const [nameProblem, setNameProblem] = useState<string>();
  const { busy, error, run } = useSubmit();
  const setAgency = (i: number, a: AgencySetting | undefined) =>
    setDraft((d) => ({ ...d, agencies: a ? d.agencies.map((x, j) => (j === i ? a : x)) : d.agencies.filter((_, j) => j !== i) }));
  const addAgency = () => {
    const id = slug(newName);
    if (!id) return setNameProblem('Type the agency name first.');
    if (draft.agencies.some((a) => a.id === id)) return setNameProblem(`There is already an agency with the id ${id}.`);
    setDraft((d) => ({ ...d, agencies: [...d.agencies, { id, label: newName.trim(), milestones: [] }] }));
    setNewName('');
    setNameProblem(undefined);
  };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    await run(() => save(draft));
  };
  return (
    <form onSubmit={onSubmit} aria-label="Referral timescales" className={styles.form} noValidate>
      <fieldset style={{ border: 'none', padding: 0, margin: 0 }} className={styles.row}>
        <legend><Text weight="semibold">Alerts</Text></legend>
        {ALERT_FIELDS.map(([key, label]) => (
          <Field key={key} label={label} validationMessage={problemFor(error, `alerts.${key}`)}>
            <Input type="number" min={0} value={String(draft.alerts[key])} style={{ width: '6rem' }}
              onChange={(_, d) => setDraft((x) => ({ ...x, alerts: { ...x.alerts, [key]: d.value === '' ? Number.NaN : Number(d.value) } }))} />
          </Field>
        ))}
      </fieldset>
      <Caption1>Changes apply to referrals made from now on; referrals already made keep their milestones.</Caption1>
      {draft.agencies.map((a, i) => (
        <AgencyEditor key={a.id} agency={a} index={i} error={error} onChange={(next) => setAgency(i, next)} />
      ))}
      <div className={styles.row}>
        <Field label="New agency name" hint="e.g. Youth offending team" validationMessage={nameProblem}>
          <Input value={newName} onChange={(_, d) => setNewName(d.value)} />
        </Field>
        <Button onClick={addAgency}>Add agency</Button>
      </div>
      <SaveProblems error={error} />
      <Button type="submit" appearance="primary" disabled={busy} className={styles.submit}>
        {busy ? 'Saving…' : 'Save timescales'}
      </Button>
    </form>
  );
}
