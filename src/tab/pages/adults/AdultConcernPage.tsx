import { Button, Checkbox, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { useApi } from '../../auth/session.js';
import { useResource } from '../../api/use-resource.js';
import { problemFor, useSubmit } from '../../components/form.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { Facts, Section } from '../../components/Section.js';
import { PageTitle, TypedText } from '../../components/Text.js';
import { formatDateTime, formatPlainDate, schoolInstant, schoolNowInputs } from '../../format/dates.js';
import { HARMS_LABEL, KIND_LABEL, OUTCOME_LABEL, ROUTE_LABEL, subjectText, type AdultSubjectView } from './labels.js';

interface Person { name: string }
interface AdultConcernView {
  id: string;
  ref: string;
  kind: string;
  status: string;
  subject: AdultSubjectView;
  route: string;
  selfReport: boolean;
  account: string;
  occurredAt: string;
  recordedAt: string;
  createdBy: Person;
  harms?: string[];
  initialConsideration?: { at: string; by: Person; summary: string };
  lado?: { dueAt: string; referredAt?: string; referredBy?: Person; advice?: string; contacts: { at: string; by: Person; summary: string }[] };
  review?: { at: string; by: Person; actionTaken: string };
  outcome?: { outcome: string; decidedAt: string; decidedBy: Person; summary: string; referrals: string[] };
  outcomeDefinition?: string;
  retention?: { reviewOn?: string; action: string; basis: string };
  ladoOverdue: boolean;
  abilities: Record<string, boolean>;
}

/** One concern about an adult, for its case managers: what was raised, the LADO, the outcome and retention. */
export default function AdultConcernPage({ id }: { id: string }) {
  const res = useResource<AdultConcernView>(`/api/adult-concerns/${encodeURIComponent(id)}`);
  if (res.loading && !res.data) return <Loading />;
  if (res.error) return <><PageTitle>Concern about an adult</PageTitle><ErrorNotice error={res.error} onRetry={res.reload} /></>;
  const c = res.data!;
  return (
    <>
      <PageTitle>{`${KIND_LABEL[c.kind] ?? 'Concern'} ${c.ref}`}</PageTitle>
      <Section title="What was raised">
        <Facts items={[
          ['About', subjectText(c.subject) + (c.selfReport ? ' — a self-report' : '')],
          ['Handled by', ROUTE_LABEL[c.route] ?? 'Case managers'],
          ['Happened', formatDateTime(c.occurredAt)],
          ['Raised by', `${c.createdBy.name}, ${formatDateTime(c.recordedAt)}`],
          ...(c.harms?.length ? [['Harms threshold', c.harms.map((h) => HARMS_LABEL[h] ?? h).join('; ')] as [string, string]] : []),
          ['Status', c.status === 'closed' ? 'Closed' : 'Open'],
        ]} />
        <TypedText>{c.account}</TypedText>
      </Section>
      {c.abilities.initialConsideration && (
        <Section title="Initial consideration">
          <ConsiderationForm id={c.id} etag={res.etag} onSaved={(d, e) => res.set(d, e)} />
        </Section>
      )}
      {c.initialConsideration && (
        <Section title="Initial consideration">
          <Facts items={[['Recorded by', `${c.initialConsideration.by.name}, ${formatDateTime(c.initialConsideration.at)}`]]} />
          <TypedText>{c.initialConsideration.summary}</TypedText>
        </Section>
      )}
      {c.lado && (
        <Section title="LADO">
          <Facts items={[
            ['Referral due by', formatDateTime(c.lado.dueAt) + (c.ladoOverdue ? ' — overdue' : '')],
            ['Referred', c.lado.referredAt ? `${formatDateTime(c.lado.referredAt)} by ${c.lado.referredBy?.name ?? ''}` : 'Not yet'],
            ...(c.lado.advice ? [['LADO’s advice', c.lado.advice] as [string, string]] : []),
            ...c.lado.contacts.map((k, i) => [`Contact ${i + 1}`, `${formatDateTime(k.at)}, ${k.by.name}: ${k.summary}`] as [string, string]),
          ]} />
          {c.abilities.ladoReferral && <LadoReferralForm id={c.id} etag={res.etag} onSaved={(d, e) => res.set(d, e)} />}
        </Section>
      )}
      {c.review && (
        <Section title="Review">
          <Facts items={[['Reviewed by', `${c.review.by.name}, ${formatDateTime(c.review.at)}`]]} />
          <TypedText>{c.review.actionTaken}</TypedText>
        </Section>
      )}
      {c.outcome && (
        <Section title="Outcome">
          <Facts items={[
            ['Outcome', `${OUTCOME_LABEL[c.outcome.outcome] ?? 'Recorded'}: ${c.outcomeDefinition ?? ''}`],
            ['Decided', `${formatPlainDate(c.outcome.decidedAt)} by ${c.outcome.decidedBy.name}`],
            ['Referred to', c.outcome.referrals.length ? c.outcome.referrals.map((r) => (r === 'dbs' ? 'the DBS' : 'the teaching regulator')).join(' and ') : 'Nobody'],
          ]} />
          <TypedText>{c.outcome.summary}</TypedText>
        </Section>
      )}
      {c.abilities.outcome && (
        <Section title="Outcome">
          <OutcomeForm id={c.id} etag={res.etag} onSaved={(d, e) => res.set(d, e)} />
        </Section>
      )}
      {c.retention && (
        <Section title="Retention">
          <Facts items={[
            ['Review', c.retention.reviewOn ? formatPlainDate(c.retention.reviewOn) : 'When the person leaves'],
            ['Then', c.retention.action === 'remove-from-personnel-record' ? 'Remove from personnel records' : 'Review whether to keep it'],
            ['Why', c.retention.basis],
          ]} />
        </Section>
      )}
    </>
  );
}

/** PATCHes one change with If-Match; the answer replaces the record on the page. */
function usePatch(id: string, etag: string | undefined, onSaved: (data: AdultConcernView, etag?: string) => void) {
  const api = useApi();
  const submit = useSubmit();
  const send = (body: Record<string, unknown>) =>
    submit.run(async () => {
      try {
        const r = await api.send<AdultConcernView>('PATCH', `/api/adult-concerns/${encodeURIComponent(id)}`, body, { 'if-match': etag ?? '' });
        onSaved(r.data, r.etag);
        return { ok: true };
      } catch (err) {
        if (err instanceof ApiError) return { ok: false, error: err };
        throw err;
      }
    });
  return { submit, send };
}

function ConsiderationForm({ id, etag, onSaved }: { id: string; etag?: string; onSaved(data: AdultConcernView, etag?: string): void }) {
  const [summary, setSummary] = useState('');
  const { submit, send } = usePatch(id, etag, onSaved);
  return (
    <form aria-label="Record the initial consideration" noValidate onSubmit={(e) => { e.preventDefault(); void send({ op: 'initialConsideration', summary: summary.trim() }); }}>
      <Field label="Basic facts gathered (no investigation)" validationMessage={problemFor(submit.error, 'summary')}>
        <Textarea value={summary} onChange={(_, d) => setSummary(d.value)} resize="vertical" rows={3} />
      </Field>
      {submit.error && !submit.error.problems.length && <ErrorNotice error={submit.error} />}
      <div style={{ marginTop: 8 }}>
        <Button type="submit" appearance="primary" disabled={submit.busy}>{submit.busy ? 'Saving…' : 'Record the initial consideration'}</Button>
      </div>
    </form>
  );
}

function OutcomeForm({ id, etag, onSaved }: { id: string; etag?: string; onSaved(data: AdultConcernView, etag?: string): void }) {
  const [outcome, setOutcome] = useState('');
  const [decidedAt, setDecidedAt] = useState(schoolNowInputs().date);
  const [summary, setSummary] = useState('');
  const [pensionAgeOn, setPensionAgeOn] = useState('');
  const [dbs, setDbs] = useState(false);
  const [tra, setTra] = useState(false);
  const { submit, send } = usePatch(id, etag, onSaved);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const referrals = [...(dbs ? ['dbs'] : []), ...(tra ? ['teaching-regulator'] : [])];
    void send({ op: 'outcome', outcome, decidedAt, summary: summary.trim(), referrals, ...(pensionAgeOn ? { pensionAgeOn } : {}) });
  };
  return (
    <form aria-label="Record the outcome" noValidate onSubmit={onSubmit}>
      <Field label="Outcome" validationMessage={problemFor(submit.error, 'outcome')}>
        <Select value={outcome} onChange={(_, d) => setOutcome(d.value)}>
          <option value="">Choose…</option>
          {Object.entries(OUTCOME_LABEL).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </Select>
      </Field>
      <Field label="Date decided" validationMessage={problemFor(submit.error, 'decidedAt')}>
        <Input type="date" value={decidedAt} onChange={(_, d) => setDecidedAt(d.value)} />
      </Field>
      <Field label="How it was followed up and resolved" validationMessage={problemFor(submit.error, 'summary')}>
        <Textarea value={summary} onChange={(_, d) => setSummary(d.value)} resize="vertical" rows={3} />
      </Field>
      <Field label="Date they reach normal pension age (if known)" validationMessage={problemFor(submit.error, 'pensionAgeOn')}>
        <Input type="date" value={pensionAgeOn} onChange={(_, d) => setPensionAgeOn(d.value)} />
      </Field>
      <Checkbox label="Referred to the DBS" checked={dbs} onChange={(_, d) => setDbs(d.checked === true)} />
      <Checkbox label="Referred to the teaching regulator" checked={tra} onChange={(_, d) => setTra(d.checked === true)} />
      {submit.error && !submit.error.problems.length && <ErrorNotice error={submit.error} />}
      <div style={{ marginTop: 8 }}>
        <Button type="submit" appearance="primary" disabled={submit.busy}>{submit.busy ? 'Saving…' : 'Record the outcome'}</Button>
      </div>
    </form>
  );
}

function LadoReferralForm({ id, etag, onSaved }: { id: string; etag?: string; onSaved(data: AdultConcernView, etag?: string): void }) {
  const api = useApi();
  const now = schoolNowInputs();
  const [date, setDate] = useState(now.date);
  const [time, setTime] = useState(now.time);
  const [advice, setAdvice] = useState('');
  const submit = useSubmit();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    await submit.run(async () => {
      try {
        const body = { op: 'ladoReferral', referredAt: schoolInstant(date, time) ?? '', ...(advice.trim() ? { advice: advice.trim() } : {}) };
        const r = await api.send<AdultConcernView>('PATCH', `/api/adult-concerns/${encodeURIComponent(id)}`, body, { 'if-match': etag ?? '' });
        onSaved(r.data, r.etag);
        return { ok: true };
      } catch (err) {
        if (err instanceof ApiError) return { ok: false, error: err };
        throw err;
      }
    });
  };
  return (
    <form onSubmit={onSubmit} aria-label="Record the LADO referral" noValidate>
      <Field label="Date referred" validationMessage={problemFor(submit.error, 'referredAt')}>
        <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
      </Field>
      <Field label="Time referred">
        <Input type="time" value={time} onChange={(_, d) => setTime(d.value)} />
      </Field>
      <Field label="The LADO’s advice (optional)" validationMessage={problemFor(submit.error, 'advice')}>
        <Textarea value={advice} onChange={(_, d) => setAdvice(d.value)} resize="vertical" rows={3} />
      </Field>
      {submit.error && !submit.error.problems.length && <ErrorNotice error={submit.error} />}
      <div style={{ marginTop: 8 }}>
        <Button type="submit" appearance="primary" disabled={submit.busy}>{submit.busy ? 'Saving…' : 'Record the LADO referral'}</Button>
      </div>
    </form>
  );
}
