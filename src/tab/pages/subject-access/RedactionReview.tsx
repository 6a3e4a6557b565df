import { Badge, Button, Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useListStyles } from '../../components/lists.js';
import { problemFor, useSubmit } from '../../components/form.js';
import { OtherError, useFormStyles } from './SarForms.js';
import { CATEGORY_LABELS, KIND_LABELS, type Redaction } from './types.js';
import type { ChangeResult } from './use-subject-access.js';

/** One proposed redaction: who it withholds (shown to the DSL only), where, and the switch to release or redact again, with a reason. */
function RedactionItem({ r, change, open }: { r: Redaction; change: (body: Record<string, unknown>) => Promise<ChangeResult>; open: boolean }) {
  const styles = useListStyles();
  const form = useFormStyles();
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const flip = () => submit.run(() => change({ op: 'reviewRedaction', redactionId: r.id, redact: !r.redacted, reason }));
  return (
    <li className={styles.item}>
      <div className={styles.line}>
        <Text weight="semibold">{r.original}</Text>
        <Text>{`${(r.category && CATEGORY_LABELS[r.category]) || KIND_LABELS[r.kind]}${r.relationship ? ` (${r.relationship.replace(/-/g, ' ')})` : ''} · ${r.occurrences} mention${r.occurrences === 1 ? '' : 's'}`}</Text>
        <Badge color={r.redacted ? 'informative' : 'warning'} appearance="tint">{r.redacted ? `Shown as ${r.replacement}` : 'Released'}</Badge>
      </div>
      {r.mentions && r.mentions.length > 0 && (
        <details>
          <summary>{`Where ${r.original} is named`}</summary>
          <ul aria-label={`Where ${r.original} is named`}>
            {r.mentions.map((m, i) => <li key={i}><Text size={200}>{`${m.where}: “${m.context}”`}</Text></li>)}
          </ul>
        </details>
      )}
      {r.decision && <Text size={200}>{`${r.decision.redact ? 'Kept redacted' : 'Released'} by ${r.decision.by}: ${r.decision.reason}`}</Text>}
      {open && (
        <div className={form.row}>
          <Field label={`Reason to ${r.redacted ? 'release' : 'redact'} ${r.replacement}`} validationMessage={problemFor(submit.error, 'reason')}>
            <Input value={reason} onChange={(_, d) => setReason(d.value)} />
          </Field>
          <Button onClick={flip} disabled={submit.busy}>{r.redacted ? 'Release this name' : 'Redact again'}</Button>
        </div>
      )}
      <OtherError error={submit.error} />
    </li>
  );
}

export function RedactionReview({ redactions, change, open }: { redactions: Redaction[]; change: (body: Record<string, unknown>) => Promise<ChangeResult>; open: boolean }) {
  const styles = useListStyles();
  if (redactions.length === 0) return <Text className={styles.empty}>Nobody else is named in this child's records.</Text>;
  return (
    <ul className={styles.list} aria-label="Redactions">
      {redactions.map((r) => <RedactionItem key={r.id} r={r} change={change} open={open} />)}
    </ul>
  );
}
