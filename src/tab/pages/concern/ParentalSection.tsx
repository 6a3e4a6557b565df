import { Button, Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Concern } from '../../api/types.js';
import { problemFor, useSubmit } from '../../components/form.js';
import { ErrorNotice } from '../../components/Notices.js';
import { Facts, Section } from '../../components/Section.js';
import { formatDateTime } from '../../format/dates.js';
import type { ChangeResult } from './use-concern.js';

type Change = (body: Record<string, unknown>) => Promise<ChangeResult>;

/** `datetime-local` value (school-local wall time in the browser) as an ISO instant. */
const toIso = (local: string) => (local ? new Date(local).toISOString() : '');

function ParentalForm({ change }: { change: Change }) {
  const [informed, setInformed] = useState<'' | 'yes' | 'no'>('');
  const [at, setAt] = useState('');
  const [by, setBy] = useState('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = useSubmit();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!informed || (informed === 'yes' && !at) || (informed === 'no' && !reason.trim())) return setMissing(true);
    setMissing(false);
    const body = informed === 'yes' ? { op: 'parentalNotification', informed: true, at: toIso(at), ...(by.trim() ? { by: by.trim() } : {}) } : { op: 'parentalNotification', informed: false, reason: reason.trim() };
    await submit.run(() => change(body));
  };
  return (
    <form onSubmit={onSubmit} aria-label="Record the parental notification decision" noValidate>
      <Field label="Have parents or carers been informed?" required validationMessage={(missing && !informed && 'Choose yes or no.') || problemFor(submit.error, 'informed')}>
        <RadioGroup value={informed} onChange={(_, d) => setInformed(d.value as 'yes' | 'no')} layout="horizontal">
          <Radio value="yes" label="Yes" />
          <Radio value="no" label="No" />
        </RadioGroup>
      </Field>
      {informed === 'yes' && (
        <>
          <Field label="When were they told?" required validationMessage={(missing && !at && 'Say when.') || problemFor(submit.error, 'at')}>
            <Input type="datetime-local" value={at} onChange={(_, d) => setAt(d.value)} />
          </Field>
          <Field label="Who told them?" validationMessage={problemFor(submit.error, 'by')}>
            <Input value={by} onChange={(_, d) => setBy(d.value)} />
          </Field>
        </>
      )}
      {informed === 'no' && (
        <Field label="Why are they not being told?" required validationMessage={(missing && !reason.trim() && 'Say why.') || problemFor(submit.error, 'reason')}>
          <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" rows={3} />
        </Field>
      )}
      {submit.error && submit.error.status !== 412 && !submit.error.problems.length && <ErrorNotice error={submit.error} />}
      <Button type="submit" appearance="primary" disabled={submit.busy} style={{ marginTop: 8 }}>
        {submit.busy ? 'Saving…' : 'Record decision'}
      </Button>
    </form>
  );
}

/** The DSL's recorded decision on telling parents/carers, and the form to record or change it. */
export function ParentalSection({ concern: c, change }: { concern: Concern; change: Change }) {
  const p = c.parentsInformed;
  if (!c.can.decideParentalNotification && !p.decidedBy) return null;
  const told = p.informed ? `Yes${p.at ? `, ${formatDateTime(p.at)}` : ''}${p.by ? ` by ${p.by}` : ''}` : `No — ${p.reason ?? 'no reason given'}`;
  return (
    <Section title="Parental notification">
      <Facts items={[['Decision', told], ['Recorded by', p.decidedBy && p.decidedAt ? `${p.decidedBy.name}, ${formatDateTime(p.decidedAt)}` : 'As logged (no DSL decision yet)']]} />
      {c.can.decideParentalNotification && <ParentalForm change={change} />}
    </Section>
  );
}
