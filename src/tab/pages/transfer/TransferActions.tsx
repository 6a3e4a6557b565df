import { Button, Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Transfer } from '../../api/records-types.js';
import { problemFor, useSubmit } from '../../components/form.js';
import { ErrorNotice } from '../../components/Notices.js';
import type { Act } from './use-transfer.js';

const iso = (local: string) => (local ? new Date(local).toISOString() : '');
const SEND = { 'secure-email': 'Secure email', 'secure-portal': 'Secure portal / file transfer', 'by-hand': 'By hand', 'recorded-post': 'Recorded post', other: 'Other' };
const CHASE = { phone: 'Phone', email: 'Email', letter: 'Letter', meeting: 'Meeting', portal: 'Portal message' };

function Form({ label, submitLabel, ready, build, act, children }: { label: string; submitLabel: string; ready: boolean; build(): Record<string, unknown>; act: Act; children: (error: ReturnType<typeof useSubmit>['error']) => React.ReactNode }) {
  const submit = useSubmit();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    await submit.run(() => act(build()));
  };
  return (
    <form onSubmit={onSubmit} aria-label={label} noValidate>
      {children(submit.error)}
      {submit.error && !submit.error.problems.length && <ErrorNotice error={submit.error} />}
      <Button type="submit" appearance="primary" disabled={submit.busy || !ready}>{submitLabel}</Button>
    </form>
  );
}

export function SentForm({ act }: { act: Act }) {
  const [at, setAt] = useState('');
  const [method, setMethod] = useState('secure-portal');
  const [to, setTo] = useState('');
  return (
    <Form label="Record that the pack was sent" submitLabel="Record sent" ready={Boolean(at && to.trim())} act={act} build={() => ({ op: 'recordSent', at: iso(at), method, to: to.trim() })}>
      {(error) => (
        <>
          <Field label="When it was sent" required validationMessage={problemFor(error, 'at')}><Input type="datetime-local" value={at} onChange={(_, d) => setAt(d.value)} /></Field>
          <Field label="How"><Select value={method} onChange={(_, d) => setMethod(d.value)}>{Object.entries(SEND).map(([v, l]) => <option key={v} value={v}>{l}</option>)}</Select></Field>
          <Field label="To whom at the new school" required validationMessage={problemFor(error, 'to')}><Input value={to} onChange={(_, d) => setTo(d.value)} /></Field>
        </>
      )}
    </Form>
  );
}

export function ChaseForm({ act }: { act: Act }) {
  const [at, setAt] = useState('');
  const [method, setMethod] = useState('phone');
  const [who, setWho] = useState('');
  const [note, setNote] = useState('');
  const [next, setNext] = useState('');
  return (
    <Form label="Log a chase" submitLabel="Log chase" ready={Boolean(at && who.trim())} act={act} build={() => ({ op: 'recordChase', at: iso(at), method, who: who.trim(), note: note.trim(), ...(next ? { nextChaseDate: next } : {}) })}>
      {(error) => (
        <>
          <Field label="When" required validationMessage={problemFor(error, 'at')}><Input type="datetime-local" value={at} onChange={(_, d) => setAt(d.value)} /></Field>
          <Field label="How"><Select value={method} onChange={(_, d) => setMethod(d.value)}>{Object.entries(CHASE).map(([v, l]) => <option key={v} value={v}>{l}</option>)}</Select></Field>
          <Field label="Who you spoke to" required validationMessage={problemFor(error, 'who')}><Input value={who} onChange={(_, d) => setWho(d.value)} /></Field>
          <Field label="What was said"><Textarea value={note} onChange={(_, d) => setNote(d.value)} rows={2} /></Field>
          <Field label="Chase again by (the new receipt deadline)" validationMessage={problemFor(error, 'nextChaseDate')}><Input type="date" value={next} onChange={(_, d) => setNext(d.value)} /></Field>
        </>
      )}
    </Form>
  );
}

export function ReceiptForm({ act }: { act: Act }) {
  const [at, setAt] = useState('');
  const [by, setBy] = useState('');
  return (
    <Form label="Confirm receipt" submitLabel="Confirm receipt" ready={Boolean(at && by.trim())} act={act} build={() => ({ op: 'confirmReceipt', at: iso(at), confirmedBy: by.trim() })}>
      {(error) => (
        <>
          <Field label="When the new school confirmed receipt" required validationMessage={problemFor(error, 'at')}><Input type="datetime-local" value={at} onChange={(_, d) => setAt(d.value)} /></Field>
          <Field label="Who confirmed it" required validationMessage={problemFor(error, 'confirmedBy')}><Input value={by} onChange={(_, d) => setBy(d.value)} /></Field>
        </>
      )}
    </Form>
  );
}

/** The forms that apply to a transfer in its current state. */
export function TransferActions({ transfer: t, act }: { transfer: Transfer; act: Act }) {
  if (t.status === 'preparing' && t.pack) return <SentForm act={act} />;
  if (t.status === 'preparing') return <Text>Build the pack above, send it to the new school, then record here when and how it was sent.</Text>;
  if (t.status === 'received') return <Text>Nothing more to do: the new school has confirmed receipt.</Text>;
  if (t.status === 'cancelled') return <Text>This transfer was cancelled.</Text>;
  return (
    <>
      <ReceiptForm act={act} />
      <ChaseForm act={act} />
    </>
  );
}
