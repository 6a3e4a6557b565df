import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import type { Concern, Referral } from '../../api/types.js';
import { href } from '../../app/routes.js';
import { navigate } from '../../app/use-route.js';
import { useApi, useMe } from '../../auth/session.js';
import { problemFor } from '../../components/form.js';
import { ErrorNotice } from '../../components/Notices.js';
import { Section } from '../../components/Section.js';
import { schoolInstant, schoolNowInputs } from '../../format/dates.js';
import { REFERRAL_METHODS } from '../../format/referral-labels.js';
import { ROLE_LABELS } from '../../format/labels.js';
import { newKey } from '../log/concern-draft.js';
import { useSchoolAgencies } from '../referral-settings/use-agencies.js';
import { ConcernReferrals, DuplicateReferralWarning } from './ConcernReferrals.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  submit: { alignSelf: 'flex-start' },
});

const METHOD_LABELS: Record<string, string> = { phone: 'Phone', email: 'Email', letter: 'Letter', portal: 'Portal', meeting: 'Meeting', 'in-person': 'In person' };

/** Refer one of the concern's children to an outside agency (createReferral). DSLs only; the API enforces it. */
export function ReferSection({ concern: c }: { concern: Concern }) {
  const me = useMe();
  const api = useApi();
  const styles = useStyles();
  const now = schoolNowInputs(me.school.timeZone);
  const [open, setOpen] = useState(false);
  const [childId, setChildId] = useState(c.children[0]?.childId ?? '');
  const [agency, setAgency] = useState('childrens-social-care');
  const [method, setMethod] = useState('phone');
  const [date, setDate] = useState(now.date);
  const [time, setTime] = useState(now.time);
  const [reference, setReference] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [key] = useState(newKey);
  const agencies = useSchoolAgencies(open);
  if (!me.can.dashboard || c.children.length === 0) return null;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const madeAt = schoolInstant(date, time, me.school.timeZone);
    if (!madeAt) return setInvalid(true);
    setInvalid(false);
    setBusy(true);
    setError(undefined);
    try {
      const created = await api.send<Referral>('POST', '/api/referrals', { concernId: c.id, childId, agency, madeAt, method, reference: reference.trim() }, { 'idempotency-key': key });
      navigate(href.referral(created.data.id));
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'network', 'Lantern could not be reached. Nothing was saved; try again.'));
      setBusy(false);
    }
  };
  return (
    <Section title="Referrals to agencies">
      <ConcernReferrals concern={c} />
      {!open ? (
        <Button className={styles.submit} onClick={() => setOpen(true)}>
          Refer to an agency
        </Button>
      ) : (
        <form onSubmit={onSubmit} aria-label="Refer to an agency" className={styles.form} noValidate>
          <Field label="Child" required validationMessage={problemFor(error, 'childId')}>
            <Select value={childId} onChange={(_, d) => setChildId(d.value)}>
              {c.children.map((k) => (
                <option key={k.childId} value={k.childId}>
                  {`${k.name ?? k.childId} (${ROLE_LABELS[k.role] ?? k.role})`}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.row}>
            <Field label="Agency" required validationMessage={problemFor(error, 'agency')}>
              <Select value={agency} onChange={(_, d) => setAgency(d.value)}>
                {agencies.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Method" required validationMessage={problemFor(error, 'method')}>
              <Select value={method} onChange={(_, d) => setMethod(d.value)}>
                {REFERRAL_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {METHOD_LABELS[m] ?? m}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <div className={styles.row}>
            <Field label={`Made on (${me.school.timeZone})`} required validationMessage={(invalid && 'Give the date and time the referral was made.') || problemFor(error, 'madeAt')}>
              <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
            </Field>
            <Field label="Time" required>
              <Input type="time" value={time} onChange={(_, d) => setTime(d.value)} />
            </Field>
          </div>
          <DuplicateReferralWarning concern={c} childId={childId} agency={agency} />
          <Field label="Agency's reference" validationMessage={problemFor(error, 'reference')}>
            <Input value={reference} onChange={(_, d) => setReference(d.value)} />
          </Field>
          {error && !error.problems.length && <ErrorNotice error={error} />}
          <Button type="submit" appearance="primary" disabled={busy} className={styles.submit}>
            {busy ? 'Recording…' : 'Record referral'}
          </Button>
        </form>
      )}
    </Section>
  );
}
