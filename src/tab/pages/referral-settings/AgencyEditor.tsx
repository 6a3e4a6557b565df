import { Button, Caption1, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import type { ApiError } from '../../api/client.js';
import { problemFor } from '../../components/form.js';
import { agencyLabel } from '../../format/referral-labels.js';
import { freshKey, STANDARD_AGENCIES, UNITS, type AgencySetting, type MilestoneSetting, type Unit } from './types.js';

const useStyles = makeStyles({
  agency: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalM, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
});

interface Props {
  agency: AgencySetting;
  index: number;
  error?: ApiError;
  onChange(next: AgencySetting | undefined): void;
}

/** One agency: its name and the milestones a new referral to it gets. */
export function AgencyEditor({ agency, index, error, onChange }: Props) {
  const styles = useStyles();
  const at = `agencies.${index}`;
  const name = agency.label || (STANDARD_AGENCIES.includes(agency.id) ? agencyLabel(agency.id) : 'the new agency');
  const setMilestone = (j: number, m: MilestoneSetting | undefined) =>
    onChange({ ...agency, milestones: m ? agency.milestones.map((x, k) => (k === j ? m : x)) : agency.milestones.filter((_, k) => k !== j) });
  const add = () => {
    const key = freshKey('milestone', agency.milestones.map((m) => m.key));
    onChange({ ...agency, milestones: [...agency.milestones, { key, label: '', timescale: { amount: 10, unit: 'working-days' }, startsFrom: 'made' }] });
  };
  return (
    <fieldset className={styles.agency} aria-label={`Agency ${name}`}>
      <legend><Text weight="semibold">{name}</Text></legend>
      <div className={styles.row}>
        <Field label="Name" required validationMessage={problemFor(error, `${at}.label`, `${at}.id`)}>
          <Input value={agency.label} onChange={(_, d) => onChange({ ...agency, label: d.value })} />
        </Field>
        {!STANDARD_AGENCIES.includes(agency.id) && <Button appearance="subtle" onClick={() => onChange(undefined)}>Remove agency {name}</Button>}
      </div>
      <ul className={styles.list} aria-label={`Milestones for ${name}`}>
        {agency.milestones.map((m, j) => (
          <MilestoneRow key={m.key} m={m} others={agency.milestones.filter((_, k) => k !== j)} at={`${at}.milestones.${j}`} error={error} onChange={(next) => setMilestone(j, next)} />
        ))}
      </ul>
      {agency.milestones.length === 0 && <Caption1>No milestones: referrals to this agency get no timescale alerts.</Caption1>}
      <Button onClick={add} style={{ alignSelf: 'flex-start' }}>Add a milestone to {name}</Button>
    </fieldset>
  );
}

function MilestoneRow({ m, others, at, error, onChange }: { m: MilestoneSetting; others: MilestoneSetting[]; at: string; error?: ApiError; onChange(m: MilestoneSetting | undefined): void }) {
  const styles = useStyles();
  const name = m.label || 'the new milestone';
  const from = m.startsFrom === 'made' ? '' : m.startsFrom.milestone;
  const setAmount = (value: string) =>
    onChange({ ...m, timescale: value.trim() === '' ? undefined : { amount: Number(value), unit: m.timescale?.unit ?? 'working-days' } });
  return (
    <li className={styles.row}>
      <Field label="Milestone" required validationMessage={problemFor(error, `${at}.label`, `${at}.key`)}>
        <Input value={m.label} onChange={(_, d) => onChange({ ...m, label: d.value })} />
      </Field>
      <Field label={`Days for ${name}`} hint="Empty: no timescale" validationMessage={problemFor(error, `${at}.timescale.amount`)}>
        <Input type="number" min={0} value={m.timescale ? String(m.timescale.amount) : ''} onChange={(_, d) => setAmount(d.value)} style={{ width: '6rem' }} />
      </Field>
      <Field label={`Unit for ${name}`} validationMessage={problemFor(error, `${at}.timescale.unit`)}>
        <Select value={m.timescale?.unit ?? 'working-days'} disabled={!m.timescale} onChange={(_, d) => m.timescale && onChange({ ...m, timescale: { ...m.timescale, unit: d.value as Unit } })}>
          {Object.entries(UNITS).map(([v, label]) => <option key={v} value={v}>{label}</option>)}
        </Select>
      </Field>
      <Field label={`${name} runs from`} validationMessage={problemFor(error, `${at}.startsFrom`)}>
        <Select value={from} onChange={(_, d) => onChange({ ...m, startsFrom: d.value ? { milestone: d.value } : 'made' })}>
          <option value="">the referral being made</option>
          {others.map((o) => <option key={o.key} value={o.key}>{o.label || 'the new milestone'}</option>)}
          {from && !others.some((o) => o.key === from) && <option value={from}>a milestone that was removed</option>}
        </Select>
      </Field>
      <Button appearance="subtle" onClick={() => onChange(undefined)}>Remove milestone {name}</Button>
    </li>
  );
}
