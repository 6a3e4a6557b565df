import { Badge, Button, Caption1, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { query } from '../../api/client.js';
import type { CaseNote } from '../../api/types.js';
import { useResource } from '../../api/use-resource.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { Section } from '../../components/Section.js';
import { TypedText } from '../../components/Text.js';
import { NOTE_KIND_LABELS, NOTE_METHOD_LABELS, RELATIONSHIP_LABELS } from '../../format/child-file-labels.js';
import { formatDateTime, formatPlainDate } from '../../format/dates.js';
import { CaseNoteForm } from './CaseNoteForm.js';

function NoteRow({ note: n }: { note: CaseNote }) {
  const styles = useListStyles();
  const withWhom = n.with.map((p) => `${p.name} (${RELATIONSHIP_LABELS[p.relationship] ?? 'Other'}${p.organisation ? `, ${p.organisation}` : ''})`).join('; ');
  return (
    <li className={styles.item}>
      <div className={styles.line}>
        <Badge appearance="tint" color="brand">{NOTE_KIND_LABELS[n.kind] ?? 'Note'}</Badge>
        <Text weight="semibold">{formatDateTime(n.occurredAt)}</Text>
        <Caption1 className={styles.muted}>{NOTE_METHOD_LABELS[n.method] ?? 'Other'}</Caption1>
        {n.followUp && <Badge appearance="tint" color={n.followUp.done ? 'success' : 'informative'}>{n.followUp.done ? 'Follow-up done' : `Follow up by ${formatPlainDate(n.followUp.dueDate)}`}</Badge>}
      </div>
      {withWhom && <Text>{`With ${withWhom}`}</Text>}
      <TypedText>{n.summary}</TypedText>
      <Caption1 className={styles.muted}>{`Recorded by ${n.createdBy.name}, ${formatDateTime(n.recordedAt)}`}</Caption1>
    </li>
  );
}

/** Case notes on a child or a concern, newest last, and the form to add one. The API shows only the notes the reader may see. */
export function CaseNotesSection({ childId, concernId, canAdd, onSaved }: { childId: string; concernId?: string; canAdd: boolean; onSaved?(): void }) {
  const styles = useListStyles();
  const notes = useResource<{ items: CaseNote[] }>(`/api/case-notes${query(concernId ? { concernId } : { childId })}`);
  const [adding, setAdding] = useState(false);
  if (notes.error?.status === 403) return null;
  return (
    <Section title="Case notes">
      {notes.loading && <Loading />}
      {notes.error && <ErrorNotice error={notes.error} onRetry={notes.reload} />}
      {notes.data && notes.data.items.length === 0 && <Text className={styles.empty}>No case notes yet.</Text>}
      {notes.data && notes.data.items.length > 0 && (
        <ul className={styles.list} aria-label="Case notes">
          {notes.data.items.map((n) => <NoteRow key={n.id} note={n} />)}
        </ul>
      )}
      {canAdd && !adding && <Button style={{ alignSelf: 'flex-start' }} onClick={() => setAdding(true)}>Add a case note</Button>}
      {canAdd && adding && <CaseNoteForm childId={childId} concernId={concernId} onSaved={() => { setAdding(false); notes.reload(); onSaved?.(); }} />}
    </Section>
  );
}
