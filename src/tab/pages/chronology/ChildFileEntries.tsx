import { Badge, Caption1, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { OtherEntry } from '../../api/types.js';
import { TypedText } from '../../components/Text.js';
import { flagText, NOTE_KIND_LABELS, NOTE_METHOD_LABELS, RELATIONSHIP_LABELS } from '../../format/child-file-labels.js';
import { formatDateTime, formatPlainDate } from '../../format/dates.js';

const useStyles = makeStyles({ line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS } });

interface NoteEntry {
  noteKind: string;
  method: string;
  with: { name: string; relationship: string; organisation?: string }[];
  summary: string;
  link: string;
  by: { name: string };
  recordedAt: string;
  concernId?: string;
  followUp?: { dueDate: string; done: boolean };
}

/** A case note on the chronology: what, with whom, the summary, who recorded it and when. */
export function CaseNoteBody({ entry }: { entry: OtherEntry }) {
  const styles = useStyles();
  const e = entry as unknown as NoteEntry;
  const withWhom = e.with.map((p) => `${p.name} (${RELATIONSHIP_LABELS[p.relationship] ?? 'Other'})`).join('; ');
  return (
    <>
      <div className={styles.line}>
        <Badge appearance="tint" color="brand">{`Case note: ${NOTE_KIND_LABELS[e.noteKind] ?? 'Note'}`}</Badge>
        <Text>{NOTE_METHOD_LABELS[e.method] ?? 'Other'}</Text>
        {withWhom && <Text>{`with ${withWhom}`}</Text>}
        {e.concernId && <Link href={e.link}>On the concern</Link>}
        {e.followUp && !e.followUp.done && <Badge appearance="tint" color="informative">{`Follow up by ${formatPlainDate(e.followUp.dueDate)}`}</Badge>}
      </div>
      <TypedText>{e.summary}</TypedText>
      <Caption1>{`Recorded by ${e.by.name}, ${formatDateTime(e.recordedAt)}`}</Caption1>
    </>
  );
}

/** A status starting or ending on the chronology. */
export function StatusFlagBody({ entry }: { entry: OtherEntry }) {
  const styles = useStyles();
  const e = entry as unknown as { change: 'set' | 'ended'; flag: string; cpCategory?: string; by: { name: string }; source: string };
  return (
    <div className={styles.line}>
      <Badge appearance="tint" color={e.change === 'set' ? 'danger' : 'subtle'}>{e.change === 'set' ? 'Status set' : 'Status ended'}</Badge>
      <Text>{flagText(e)}</Text>
      <Caption1>{e.source === 'roster' ? 'From the roster' : `Recorded by ${e.by.name}`}</Caption1>
    </div>
  );
}
