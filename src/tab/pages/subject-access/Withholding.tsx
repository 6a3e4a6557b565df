import { Badge, Button, Field, makeStyles, Select, Text, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useListStyles } from '../../components/lists.js';
import { problemFor, useSubmit } from '../../components/form.js';
import { formatDateTime } from '../../format/dates.js';
import { OtherError, useFormStyles } from './SarForms.js';
import { WITHHOLDING_BASES, type ExportPreview, type UnknownName, type Withholding } from './types.js';
import type { ChangeResult } from './use-subject-access.js';

// Long exemption names must not widen a narrow page.
const useStyles = makeStyles({ select: { width: '100%', minWidth: 0, maxWidth: '100%', '& select': { minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' } } });

type Change = (body: Record<string, unknown>) => Promise<ChangeResult>;

const basisLabel = (id: string) => WITHHOLDING_BASES.find(([k]) => k === id)?.[1] ?? 'An exemption';

/** Names the named-entity pass found that no list knows: the DSL decides, e.g. by withholding the passage. */
export function UnknownNames({ names }: { names: UnknownName[] }) {
  const styles = useListStyles();
  if (!names.length) return null;
  return (
    <>
      <Text weight="semibold">{`Possible names not on any list (${names.length}): check each, and withhold the passage if it should not go out`}</Text>
      <ul className={styles.list} aria-label="Possible names not on any list">
        {names.map((n, i) => (
          <li key={i} className={styles.item}>
            <div className={styles.line}>
              <Text weight="semibold">{n.name}</Text>
              <Badge color="warning" appearance="tint">Not redacted</Badge>
            </div>
            <Text size={200}>{`${n.where}: “${n.context}”`}</Text>
          </li>
        ))}
      </ul>
    </>
  );
}

function WithholdingItem({ w, entry, change, open }: { w: Withholding; entry: string; change: Change; open: boolean }) {
  const styles = useListStyles();
  const form = useFormStyles();
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  return (
    <li className={styles.item}>
      <div className={styles.line}>
        <Text weight="semibold">{w.passage ? `A passage of ${entry}` : entry}</Text>
        <Badge appearance="tint" color="informative">{basisLabel(w.basis)}</Badge>
      </div>
      {w.passage && <Text size={200}>{`Withheld text: “${w.passage}”`}</Text>}
      <Text size={200}>{`${w.note} (${w.by.name}, ${formatDateTime(w.at)})`}</Text>
      {open && (
        <div className={form.row}>
          <Field label="Reason to release it again" validationMessage={problemFor(submit.error, 'reason')}>
            <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
          </Field>
          <Button disabled={submit.busy} onClick={() => submit.run(() => change({ op: 'liftWithholding', withholdingId: w.id, reason }))}>Stop withholding</Button>
        </div>
      )}
      <OtherError error={submit.error} />
    </li>
  );
}

/** What is withheld under an exemption, and the form to withhold an entry or a passage (basis and note). */
export function WithholdingReview({ preview, change, open }: { preview: ExportPreview; change: Change; open: boolean }) {
  const styles = useListStyles();
  const form = useFormStyles();
  const own = useStyles();
  const withholdings = preview.withholdings ?? [];
  const entries = new Map<string, string>();
  for (const s of preview.file.sections) for (const e of s.entries) if (!entries.has(e.recordId)) entries.set(e.recordId, `${s.title}: ${e.title}`);
  const [recordId, setRecordId] = useState('');
  const [passage, setPassage] = useState('');
  const [basis, setBasis] = useState('');
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await submit.run(() => change({ op: 'withhold', recordId, basis, note, ...(passage.trim() ? { passage } : {}) }));
    if (ok) { setPassage(''); setNote(''); }
  };
  return (
    <>
      {withholdings.length === 0 ? (
        <Text className={styles.empty}>Nothing is withheld under an exemption.</Text>
      ) : (
        <ul className={styles.list} aria-label="Withheld under an exemption">
          {withholdings.map((w) => <WithholdingItem key={w.id} w={w} entry={entries.get(w.recordId) ?? 'An entry'} change={change} open={open} />)}
        </ul>
      )}
      {open && (
        <form onSubmit={onSubmit} aria-label="Withhold information" className={form.form} noValidate>
          <Field label="Entry" required validationMessage={problemFor(submit.error, 'recordId')}>
            <Select className={own.select} value={recordId} onChange={(_, d) => setRecordId(d.value)}>
              <option value="">Choose an entry</option>
              {[...entries].map(([id, title]) => <option key={id} value={id}>{title}</option>)}
            </Select>
          </Field>
          <Field label="Passage to withhold (leave empty to withhold the whole entry; copy the text exactly)" validationMessage={problemFor(submit.error, 'passage')}>
            <Textarea value={passage} onChange={(_, d) => setPassage(d.value)} />
          </Field>
          <Field label="Exemption" required validationMessage={problemFor(submit.error, 'basis')}>
            <Select className={own.select} value={basis} onChange={(_, d) => setBasis(d.value)}>
              <option value="">Choose the exemption</option>
              {WITHHOLDING_BASES.map(([id, label]) => <option key={id} value={id}>{label}</option>)}
            </Select>
          </Field>
          <Field label="Note: why this exemption applies (kept with the request, never released)" required validationMessage={problemFor(submit.error, 'note')}>
            <Textarea value={note} onChange={(_, d) => setNote(d.value)} />
          </Field>
          <OtherError error={submit.error} />
          <Button type="submit" className={form.submit} disabled={submit.busy}>Withhold</Button>
        </form>
      )}
    </>
  );
}
