import { Button, Field, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Concern } from '../../api/types.js';
import { problemFor, useSubmit } from '../../components/form.js';
import { ErrorNotice } from '../../components/Notices.js';
import { Facts, Section } from '../../components/Section.js';
import { formatDateTime } from '../../format/dates.js';
import type { ChangeResult } from './use-concern.js';
import { OpenActionsDialog } from './OpenActionsDialog.js';

/** KCSIE asks for the outcome and how it was resolved before a concern is closed. */
export function CloseForm({ change }: { change(body: Record<string, unknown>): Promise<ChangeResult> }) {
  const [outcome, setOutcome] = useState('');
  const [summary, setSummary] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = useSubmit();
  const close = (confirmOpenActions?: true) => submit.run(() => change({ op: 'close', outcome: outcome.trim(), summary: summary.trim(), ...(confirmOpenActions && { confirmOpenActions }) }));
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!outcome.trim() || !summary.trim()) return setMissing(true);
    setMissing(false);
    await close();
  };
  // A 409 listing open actions asks the DSL to confirm rather than showing an error.
  const openActions = submit.error?.status === 409 ? submit.error.problems.filter((p) => p.path.startsWith('actions.')) : [];
  return (
    <form onSubmit={onSubmit} aria-label="Close this concern" noValidate>
      <Field label="Outcome" required validationMessage={(missing && !outcome.trim() && 'Give the outcome.') || problemFor(submit.error, 'outcome')}>
        <Textarea value={outcome} onChange={(_, d) => setOutcome(d.value)} resize="vertical" rows={2} />
      </Field>
      <Field label="Summary of how it was resolved" required validationMessage={(missing && !summary.trim() && 'Summarise how it was resolved.') || problemFor(submit.error, 'summary')}>
        <Textarea value={summary} onChange={(_, d) => setSummary(d.value)} resize="vertical" rows={4} />
      </Field>
      {submit.error && submit.error.status !== 412 && !submit.error.problems.length && <ErrorNotice error={submit.error} />}
      <Button type="submit" appearance="primary" disabled={submit.busy} style={{ marginTop: 8 }}>
        {submit.busy ? 'Closing…' : 'Close concern'}
      </Button>
      {openActions.length > 0 && <OpenActionsDialog actions={openActions} busy={submit.busy} onConfirm={() => close(true)} onCancel={() => submit.setError(undefined)} />}
    </form>
  );
}

export function ClosureSection({ concern: c, change }: { concern: Concern; change(body: Record<string, unknown>): Promise<ChangeResult> }) {
  if (!c.closure && !c.can.close) return null;
  return (
    <Section title="Closure">
      {c.closure && (
        <Facts
          items={[
            ['Outcome', c.closure.outcome],
            ['How it was resolved', c.closure.summary],
            ['Closed by', `${c.closure.by.name}, ${formatDateTime(c.closure.at)}`],
          ]}
        />
      )}
      {c.can.close && <CloseForm change={change} />}
    </Section>
  );
}
