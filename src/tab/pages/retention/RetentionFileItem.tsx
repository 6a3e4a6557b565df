import { Badge, Button, Caption1, Checkbox, Field, Text, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import type { RetentionFile } from '../../api/records-types.js';
import { useApi } from '../../auth/session.js';
import { problemFor, useSubmit } from '../../components/form.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice } from '../../components/Notices.js';
import { formatDate } from '../../format/dates.js';

const filePath = (f: RetentionFile) => `/api/retention/files/${encodeURIComponent(f.childId)}`;
const failure = (e: unknown) => ({ ok: false as const, error: e instanceof ApiError ? e : new ApiError(0, 'network', 'Lantern could not be reached. Nothing was changed.') });

function HoldForm({ file, onChanged }: { file: RetentionFile; onChanged(): void }) {
  const api = useApi();
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const onHold = !file.legalHold;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await submit.run(async () => {
      try {
        const current = await api.get<RetentionFile>(filePath(file));
        await api.send('PUT', `${filePath(file)}/legal-hold`, { onHold, reason: reason.trim() }, current.etag ? { 'if-match': current.etag } : {});
        return { ok: true as const };
      } catch (err) {
        return failure(err);
      }
    });
    if (ok) onChanged();
  };
  return (
    <form onSubmit={onSubmit} aria-label={onHold ? `Place ${file.name}'s file on legal hold` : `Release ${file.name}'s file from legal hold`} noValidate>
      <Field label={onHold ? 'Reason for the legal hold' : 'Reason for releasing the hold'} required validationMessage={problemFor(submit.error, 'reason')}>
        <Textarea value={reason} onChange={(_, d) => setReason(d.value)} rows={2} />
      </Field>
      {submit.error && !submit.error.problems.length && <ErrorNotice error={submit.error} />}
      <Button type="submit" disabled={submit.busy}>{onHold ? 'Place on legal hold' : 'Release hold'}</Button>
    </form>
  );
}

function DeleteForm({ file, onChanged }: { file: RetentionFile; onChanged(): void }) {
  const api = useApi();
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const submit = useSubmit();
  const resume = file.deletion?.status === 'deleting';
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const body = resume ? {} : { confirm: confirmed, fingerprint: file.fingerprint, rule: file.rule.id, reason: reason.trim() };
    const ok = await submit.run(async () => {
      try {
        await api.send('POST', `${filePath(file)}/deletion`, body);
        return { ok: true as const };
      } catch (err) {
        return failure(err);
      }
    });
    if (ok) onChanged();
  };
  return (
    <form onSubmit={onSubmit} aria-label={`Delete ${file.name}'s file`} noValidate>
      {!resume && (
        <>
          <Field label="Reason for deleting (do not name the child)" required validationMessage={problemFor(submit.error, 'reason')}>
            <Textarea value={reason} onChange={(_, d) => setReason(d.value)} rows={2} />
          </Field>
          <Checkbox checked={confirmed} onChange={(_, d) => setConfirmed(d.checked === true)} label={`I have reviewed this file; delete its ${file.concerns - file.sharedConcerns} concern(s) and ${file.referrals} referral(s). This cannot be undone.`} />
        </>
      )}
      {submit.error && !submit.error.problems.some((p) => p.path === 'reason') && <ErrorNotice error={submit.error} />}
      <Button type="submit" appearance="primary" disabled={submit.busy || (!resume && (!confirmed || !reason.trim()))}>
        {resume ? 'Finish the deletion' : 'Delete file'}
      </Button>
    </form>
  );
}

/** One file in the review queue, with its hold and deletion decisions. */
export function RetentionFileItem({ file: f, onChanged }: { file: RetentionFile; onChanged(): void }) {
  const list = useListStyles();
  const [open, setOpen] = useState(false);
  return (
    <li className={list.item}>
      <div className={list.line}>
        <Text weight="semibold">{f.name}</Text>
        <Caption1>{`UPN ${f.upn} · born ${formatDate(f.dateOfBirth)}`}</Caption1>
        {f.legalHold && <Badge color="important">Legal hold</Badge>}
        {f.deletion?.status === 'deleting' && <Badge color="danger">Deletion unfinished</Badge>}
        {f.due && !f.legalHold && <Badge color="warning">Due for review</Badge>}
      </div>
      <Caption1>{`Review ${formatDate(f.reviewDate)} · ${f.closed ? `closed ${f.closedAt ? formatDate(f.closedAt) : ''}` : 'still open'} · ${f.concerns} concern(s), ${f.referrals} referral(s)${f.sharedConcerns ? `, ${f.sharedConcerns} shared with another child's kept file` : ''}`}</Caption1>
      {f.legalHold && <Text>{`On hold: ${f.legalHold.reason} (${f.legalHold.by.name})`}</Text>}
      <Button appearance="subtle" onClick={() => setOpen(!open)} aria-expanded={open}>{open ? 'Hide decisions' : 'Review'}</Button>
      {open && f.deletion?.status !== 'deleting' && <HoldForm file={f} onChanged={onChanged} />}
      {open && (f.deletion?.status === 'deleting' || (f.due && !f.legalHold)) && <DeleteForm file={f} onChanged={onChanged} />}
    </li>
  );
}
