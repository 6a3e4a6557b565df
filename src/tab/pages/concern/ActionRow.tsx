import { Badge, Button, Caption1, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { ConcernAction, PersonRef } from '../../api/types.js';
import { useSubmit } from '../../components/form.js';
import { useListStyles } from '../../components/lists.js';
import { MarkDoneForm } from '../../components/MarkDoneForm.js';
import { ErrorNotice } from '../../components/Notices.js';
import { formatDateTime, formatPlainDate } from '../../format/dates.js';
import { StaffPicker } from './StaffPicker.js';
import type { ChangeResult } from './use-concern.js';

type Post = (suffix: string, body: Record<string, unknown>) => Promise<ChangeResult>;

function StateBadge({ action: a }: { action: ConcernAction }) {
  if (a.withdrawnAt) return <Badge color="subtle" appearance="tint">Withdrawn</Badge>;
  if (a.done) return <Badge color="success" appearance="tint">Done</Badge>;
  return <Badge color="informative" appearance="tint">{`Due ${formatPlainDate(a.dueDate)}`}</Badge>;
}

/** A DSL moves the action to someone else. */
function Reassign({ action: a, post, onClose }: { action: ConcernAction; post: Post; onClose(): void }) {
  const [to, setTo] = useState<PersonRef>();
  const submit = useSubmit();
  const move = async () => {
    if (!to) return;
    const path = `/actions/${encodeURIComponent(a.id)}/assignment`;
    if (await submit.run(() => post(path, { op: 'reassign', assigneeOid: to.oid }))) onClose();
  };
  return (
    <div>
      <StaffPicker label="Give it to" value={to} onChange={setTo} />
      {submit.error && submit.error.status !== 412 && <ErrorNotice error={submit.error} />}
      <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
        <Button size="small" appearance="primary" disabled={!to || submit.busy} onClick={move}>Reassign</Button>
        <Button size="small" onClick={onClose}>Cancel</Button>
      </div>
    </div>
  );
}

export function ActionRow({ action: a, canManage, canComplete, post }: { action: ConcernAction; canManage: boolean; canComplete: boolean; post: Post }) {
  const styles = useListStyles();
  const submit = useSubmit();
  const [moving, setMoving] = useState(false);
  const base = `/actions/${encodeURIComponent(a.id)}`;
  const open = !a.done && !a.withdrawnAt;
  return (
    <li className={styles.item}>
      <Text>{a.description}</Text>
      <div className={styles.line}>
        <StateBadge action={a} />
        <Caption1 className={styles.muted}>{a.withdrawnAt ? `Was assigned to ${a.assignee.name}` : `Assigned to ${a.assignee.name}`}</Caption1>
        {open && canManage && !moving && <Button size="small" onClick={() => setMoving(true)}>Reassign</Button>}
        {open && canManage && !moving && (
          <Button size="small" disabled={submit.busy} onClick={() => submit.run(() => post(`${base}/assignment`, { op: 'withdraw' }))} aria-label={`Withdraw "${a.description}"`}>
            Withdraw
          </Button>
        )}
      </div>
      {a.done && a.doneBy && <Caption1 className={styles.muted}>{`Done by ${a.doneBy.name}, ${formatDateTime(a.doneAt ?? '')}${a.doneNote ? `: ${a.doneNote}` : ''}`}</Caption1>}
      {open && canComplete && !moving && <MarkDoneForm label={a.description} onDone={(note) => post(`${base}/done`, { note })} />}
      {moving && <Reassign action={a} post={post} onClose={() => setMoving(false)} />}
      {submit.error && submit.error.status !== 412 && <ErrorNotice error={submit.error} />}
    </li>
  );
}
