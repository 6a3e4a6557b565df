import { Button, Field, Select, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Concern } from '../../api/types.js';
import { problemFor, useSubmit } from '../../components/form.js';
import { ErrorNotice } from '../../components/Notices.js';
import { Facts, Section } from '../../components/Section.js';
import { formatDateTime } from '../../format/dates.js';
import { PRIORITY_LABELS, TRIAGE_DECISIONS } from '../../format/labels.js';
import type { ChangeResult } from './use-concern.js';

export function TriageForm({ change }: { change(body: Record<string, unknown>): Promise<ChangeResult> }) {
  const [decision, setDecision] = useState('');
  const [reasons, setReasons] = useState('');
  const [priority, setPriority] = useState('');
  const [priorityReason, setPriorityReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = useSubmit();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!decision || !reasons.trim() || (priority && !priorityReason.trim())) return setMissing(true);
    setMissing(false);
    const withPriority = priority ? { priority: { level: priority, reason: priorityReason.trim() } } : {};
    await submit.run(() => change({ op: 'triage', decision, reasons: reasons.trim(), ...withPriority }));
  };
  return (
    <form onSubmit={onSubmit} aria-label="Triage this concern" noValidate>
      <Field label="Decision" required validationMessage={(missing && !decision && 'Choose a decision.') || problemFor(submit.error, 'decision')}>
        <Select value={decision} onChange={(_, d) => setDecision(d.value)}>
          <option value="">Choose…</option>
          {Object.entries(TRIAGE_DECISIONS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Reasons for the decision" required validationMessage={(missing && !reasons.trim() && 'Say why.') || problemFor(submit.error, 'reasons')}>
        <Textarea value={reasons} onChange={(_, d) => setReasons(d.value)} resize="vertical" rows={3} />
      </Field>
      <Field label="Priority" hint="Orders the triage queue after any child at immediate risk." validationMessage={problemFor(submit.error, 'priority.level')}>
        <Select value={priority} onChange={(_, d) => setPriority(d.value)}>
          <option value="">Not set</option>
          {Object.entries(PRIORITY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      {priority && (
        <Field label="Reason for the priority" required validationMessage={(missing && !priorityReason.trim() && 'Say why this priority.') || problemFor(submit.error, 'priority.reason')}>
          <Textarea value={priorityReason} onChange={(_, d) => setPriorityReason(d.value)} resize="vertical" rows={2} />
        </Field>
      )}
      {submit.error && submit.error.status !== 412 && !submit.error.problems.length && <ErrorNotice error={submit.error} />}
      <Button type="submit" appearance="primary" disabled={submit.busy} style={{ marginTop: 8 }}>
        {submit.busy ? 'Saving…' : 'Record triage'}
      </Button>
    </form>
  );
}

/** The triage decision with reasons, or the form for a DSL while the concern is new. */
export function TriageSection({ concern: c, change }: { concern: Concern; change(body: Record<string, unknown>): Promise<ChangeResult> }) {
  if (!c.triage && !c.priority && !c.can.triage) return null;
  return (
    <Section title="Triage">
      {c.triage && (
        <Facts
          items={[
            ['Decision', TRIAGE_DECISIONS[c.triage.decision] ?? c.triage.decision],
            ['Reasons', c.triage.reasons],
            ...(c.priority ? [['Priority', `${PRIORITY_LABELS[c.priority.level]} — ${c.priority.reason}`] as [string, string]] : []),
            ['By', `${c.triage.by.name}, ${formatDateTime(c.triage.at)}`],
          ]}
        />
      )}
      {!c.triage && c.priority && <Facts items={[['Priority', `${PRIORITY_LABELS[c.priority.level]} — ${c.priority.reason}`], ['Set by', `${c.priority.by.name}, ${formatDateTime(c.priority.at)}`]]} />}
      {c.can.triage && <TriageForm change={change} />}
    </Section>
  );
}
