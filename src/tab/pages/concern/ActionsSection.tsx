import { Badge, Button, Caption1, Field, Input, Text } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Concern, ConcernAction } from '../../api/types.js';
import { useMe } from '../../auth/session.js';
import { problemFor, useSubmit } from '../../components/form.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice } from '../../components/Notices.js';
import { Section } from '../../components/Section.js';
import { formatPlainDate, localDateInput } from '../../format/dates.js';
import type { ChangeResult } from './use-concern.js';

type Change = (body: Record<string, unknown>) => Promise<ChangeResult>;

function AddActionForm({ change }: { change: Change }) {
  const me = useMe();
  const [description, setDescription] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = useSubmit();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!description.trim() || !dueDate) return setMissing(true);
    setMissing(false);
    const ok = await submit.run(() => change({ op: 'addAction', description: description.trim(), dueDate, assignee: { oid: me.oid, name: me.name } }));
    if (ok) {
      setDescription('');
      setDueDate('');
    }
  };
  return (
    <form onSubmit={onSubmit} aria-label="Add an action" noValidate>
      <Field label="New action" required validationMessage={(missing && !description.trim() && 'Describe the action.') || problemFor(submit.error, 'description')}>
        <Input value={description} onChange={(_, d) => setDescription(d.value)} />
      </Field>
      <Field label="Due date" required validationMessage={(missing && !dueDate && 'Choose a due date.') || problemFor(submit.error, 'dueDate')}>
        <Input type="date" value={dueDate} min={localDateInput()} onChange={(_, d) => setDueDate(d.value)} />
      </Field>
      <Caption1>Assigned to you ({me.name}).</Caption1>
      {submit.error && submit.error.status !== 412 && !submit.error.problems.length && <ErrorNotice error={submit.error} />}
      <div>
        <Button type="submit" disabled={submit.busy} style={{ marginTop: 8 }}>
          {submit.busy ? 'Adding…' : 'Add action'}
        </Button>
      </div>
    </form>
  );
}

function ActionRow({ action: a, canManage, change }: { action: ConcernAction; canManage: boolean; change: Change }) {
  const styles = useListStyles();
  const submit = useSubmit();
  return (
    <li className={styles.item}>
      <Text>{a.description}</Text>
      <div className={styles.line}>
        {a.done ? <Badge color="success" appearance="tint">Done</Badge> : <Badge color="informative" appearance="tint">{`Due ${formatPlainDate(a.dueDate)}`}</Badge>}
        <Caption1 className={styles.muted}>Assigned to {a.assignee.name}</Caption1>
        {canManage && !a.done && (
          <Button size="small" disabled={submit.busy} onClick={() => submit.run(() => change({ op: 'completeAction', actionId: a.id }))} aria-label={`Mark "${a.description}" done`}>
            Mark done
          </Button>
        )}
      </div>
      {submit.error && submit.error.status !== 412 && <ErrorNotice error={submit.error} />}
    </li>
  );
}

/** Follow-up actions with assignee and due date; DSLs add and complete them until closure. */
export function ActionsSection({ concern: c, change }: { concern: Concern; change: Change }) {
  const styles = useListStyles();
  if (c.actions.length === 0 && !c.can.manageActions) return null;
  return (
    <Section title="Actions">
      {c.actions.length === 0 ? (
        <Text className={styles.empty}>No actions yet.</Text>
      ) : (
        <ul className={styles.list} aria-label="Actions on this concern">
          {c.actions.map((a) => (
            <ActionRow key={a.id} action={a} canManage={c.can.manageActions} change={change} />
          ))}
        </ul>
      )}
      {c.can.manageActions && <AddActionForm change={change} />}
    </Section>
  );
}
