import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/client.js';
import type { Milestone } from '../../api/types.js';
import { useMe } from '../../auth/session.js';
import { problemFor, useSubmit } from '../../components/form.js';
import { ErrorNotice, Success } from '../../components/Notices.js';
import { schoolInstant, schoolNowInputs } from '../../format/dates.js';
import { CONTACT_METHODS } from '../../format/referral-labels.js';
import type { ChangeResult } from './use-referral.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  submit: { alignSelf: 'flex-start' },
});

type Change = (body: Record<string, unknown>) => Promise<ChangeResult>;

/** The API's message when it is not a field problem or a conflict (the page shows conflicts itself). */
function OtherError({ error }: { error?: ApiError }) {
  if (!error || error.status === 412 || error.problems.length) return null;
  return <ErrorNotice error={error} />;
}

function useSchoolNow() {
  const { school } = useMe();
  return { zone: school.timeZone, now: schoolNowInputs(school.timeZone) };
}

export function MilestoneForm({ milestones, change }: { milestones: Milestone[]; change: Change }) {
  const styles = useStyles();
  const { zone, now } = useSchoolNow();
  const pending = milestones.filter((m) => !m.doneAt);
  const [key, setKey] = useState(pending[0]?.key ?? '');
  const [date, setDate] = useState(now.date);
  const [time, setTime] = useState(now.time);
  const [invalid, setInvalid] = useState(false);
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  if (pending.length === 0) return null;
  const chosen = pending.some((m) => m.key === key) ? key : pending[0]!.key;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const at = schoolInstant(date, time, zone);
    if (!at) return setInvalid(true);
    setInvalid(false);
    setSaved(await submit.run(() => change({ op: 'recordMilestone', key: chosen, at })));
  };
  return (
    <form onSubmit={onSubmit} aria-label="Record a milestone" className={styles.form} noValidate>
      <Field label="Milestone" required validationMessage={problemFor(submit.error, 'key')}>
        <Select value={chosen} onChange={(_, d) => setKey(d.value)}>
          {pending.map((m) => (
            <option key={m.key} value={m.key}>
              {m.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label={`Date (${zone})`} required validationMessage={(invalid && 'Give the date and time it happened.') || problemFor(submit.error, 'at')}>
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
        <Field label="Time" required>
          <Input type="time" value={time} onChange={(_, d) => setTime(d.value)} />
        </Field>
      </div>
      <OtherError error={submit.error} />
      {saved && !submit.error && <Success title="Milestone recorded" />}
      <Button type="submit" appearance="primary" disabled={submit.busy} className={styles.submit}>
        {submit.busy ? 'Recording…' : 'Record milestone'}
      </Button>
    </form>
  );
}

export function ContactForm({ addContact }: { addContact: Change }) {
  const styles = useStyles();
  const { zone, now } = useSchoolNow();
  const [direction, setDirection] = useState('outgoing');
  const [method, setMethod] = useState<string>('phone');
  const [who, setWho] = useState('');
  const [summary, setSummary] = useState('');
  const [date, setDate] = useState(now.date);
  const [time, setTime] = useState(now.time);
  const [chase, setChase] = useState('');
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const at = schoolInstant(date, time, zone);
    if (!who.trim() || !summary.trim() || !at) return setMissing(true);
    setMissing(false);
    const body: Record<string, unknown> = { at, direction, method, who: who.trim(), summary: summary.trim() };
    if (chase) body.nextChaseDate = chase;
    const ok = await submit.run(() => addContact(body));
    setSaved(ok);
    if (ok) {
      setWho('');
      setSummary('');
      setChase('');
    }
  };
  return (
    <form onSubmit={onSubmit} aria-label="Add a contact" className={styles.form} noValidate>
      <div className={styles.row}>
        <Field label="Direction" required>
          <Select value={direction} onChange={(_, d) => setDirection(d.value)}>
            <option value="outgoing">Outgoing (we contacted them)</option>
            <option value="incoming">Incoming (they contacted us)</option>
          </Select>
        </Field>
        <Field label="Method" required validationMessage={problemFor(submit.error, 'method')}>
          <Select value={method} onChange={(_, d) => setMethod(d.value)}>
            {CONTACT_METHODS.map((m) => (
              <option key={m} value={m}>
                {m[0]!.toUpperCase() + m.slice(1)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={`Date (${zone})`} required validationMessage={(missing && !schoolInstant(date, time, zone) && 'Give the date and time.') || problemFor(submit.error, 'at')}>
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
        <Field label="Time" required>
          <Input type="time" value={time} onChange={(_, d) => setTime(d.value)} />
        </Field>
      </div>
      <Field label="Who at the agency" required validationMessage={(missing && !who.trim() && 'Say who you spoke to or wrote to.') || problemFor(submit.error, 'who')}>
        <Input value={who} onChange={(_, d) => setWho(d.value)} />
      </Field>
      <Field label="Summary" required validationMessage={(missing && !summary.trim() && 'Summarise the contact.') || problemFor(submit.error, 'summary')}>
        <Textarea value={summary} onChange={(_, d) => setSummary(d.value)} resize="vertical" rows={3} />
      </Field>
      <Field label="Next chase date" validationMessage={problemFor(submit.error, 'nextChaseDate')}>
        <Input type="date" value={chase} onChange={(_, d) => setChase(d.value)} />
      </Field>
      <OtherError error={submit.error} />
      {saved && !submit.error && <Success title="Contact added" />}
      <Button type="submit" appearance="primary" disabled={submit.busy} className={styles.submit}>
        {submit.busy ? 'Adding…' : 'Add contact'}
      </Button>
    </form>
  );
}

export function CloseReferralForm({ change }: { change: Change }) {
  const styles = useStyles();
  const [outcome, setOutcome] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = useSubmit();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!outcome.trim()) return setMissing(true);
    setMissing(false);
    await submit.run(() => change({ op: 'close', outcome: outcome.trim() }));
  };
  return (
    <form onSubmit={onSubmit} aria-label="Close this referral" className={styles.form} noValidate>
      <Field label="Outcome" required validationMessage={(missing && 'Give the outcome.') || problemFor(submit.error, 'outcome')}>
        <Textarea value={outcome} onChange={(_, d) => setOutcome(d.value)} resize="vertical" rows={3} />
      </Field>
      <OtherError error={submit.error} />
      <Button type="submit" appearance="primary" disabled={submit.busy} className={styles.submit}>
        {submit.busy ? 'Closing…' : 'Close referral'}
      </Button>
    </form>
  );
}
