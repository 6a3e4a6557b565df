import { Button, Field, Input } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { PersonRef } from '../../api/types.js';
import { useMe } from '../../auth/session.js';
import { problemFor, useSubmit } from '../../components/form.js';
import { ErrorNotice } from '../../components/Notices.js';
import { localDateInput } from '../../format/dates.js';
import { StaffPicker } from './StaffPicker.js';
import type { ChangeResult } from './use-concern.js';

type Post = (suffix: string, body: Record<string, unknown>) => Promise<ChangeResult>;

/** A DSL gives an action to any member of staff (themselves by default). */
export function AssignActionForm({ post }: { post: Post }) {
  const me = useMe();
  const [description, setDescription] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [assignee, setAssignee] = useState<PersonRef | undefined>({ oid: me.oid, name: me.name });
  const [missing, setMissing] = useState(false);
  const submit = useSubmit();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!description.trim() || !dueDate || !assignee) return setMissing(true);
    setMissing(false);
    const ok = await submit.run(() => post('/actions', { description: description.trim(), dueDate, assigneeOid: assignee.oid }));
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
      <StaffPicker label="Assign to" value={assignee} onChange={setAssignee} error={(missing && !assignee && 'Choose a member of staff.') || problemFor(submit.error, 'assigneeOid')} />
      <Field label="Due date" required validationMessage={(missing && !dueDate && 'Choose a due date.') || problemFor(submit.error, 'dueDate')}>
        <Input type="date" value={dueDate} min={localDateInput()} onChange={(_, d) => setDueDate(d.value)} />
      </Field>
      {submit.error && submit.error.status !== 412 && !submit.error.problems.length && <ErrorNotice error={submit.error} />}
      <div>
        <Button type="submit" disabled={submit.busy} style={{ marginTop: 8 }}>
          {submit.busy ? 'Adding…' : 'Add action'}
        </Button>
      </div>
    </form>
  );
}
