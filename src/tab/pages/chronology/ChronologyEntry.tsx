import { Badge, Caption1, Link, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { href } from '../../app/routes.js';
import type { ActionEntry, ChronologyEntry as Entry, ConcernEntry, OtherEntry } from '../../api/types.js';
import { CategoryTags, StatusBadge } from '../../components/Badges.js';
import { TypedText } from '../../components/Text.js';
import { formatDateTime, formatPlainDate } from '../../format/dates.js';
import { ROLE_LABELS } from '../../format/labels.js';
import type { ReceivedEntry } from '../../api/records-types.js';
import { ReceivedBody } from '../transfer/ReceivedEntry.js';
import { CaseNoteBody, StatusFlagBody } from './ChildFileEntries.js';

const useStyles = makeStyles({
  entry: { display: 'grid', gridTemplateColumns: '10rem 1fr', gap: tokens.spacingHorizontalL, padding: `${tokens.spacingVerticalM} 0`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  when: { color: tokens.colorNeutralForeground2 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

function ConcernBody({ entry: e }: { entry: ConcernEntry }) {
  const styles = useStyles();
  return (
      <>
        <div className={styles.line}>
          <Badge appearance="filled" color="brand">Concern</Badge>
          <Link href={href.concern(e.concernId)}>{e.ref}</Link>
          <StatusBadge status={e.status} />
          {e.role && <Text>{`Role: ${ROLE_LABELS[e.role] ?? e.role}`}</Text>}
        </div>
        <div className={styles.line}>
          <CategoryTags ids={e.categories} />
        </div>
        <TypedText>{e.account}</TypedText>
        <Caption1>{`Recorded by ${e.recordedBy.name}`}</Caption1>
      </>
  );
}

function ActionBody({ entry: e }: { entry: ActionEntry }) {
  const styles = useStyles();
  return (
    <div className={styles.line}>
      <Badge appearance="tint" color={e.done ? 'success' : 'informative'}>{e.done ? 'Action done' : 'Action due'}</Badge>
      <Text>{e.description}</Text>
      <Link href={href.concern(e.concernId)}>{e.ref}</Link>
      <Caption1>{`Assigned to ${e.assignee.name}`}</Caption1>
    </div>
  );
}

function OtherBody({ entry: e }: { entry: OtherEntry }) {
  const styles = useStyles();
  const ref = typeof e.ref === 'string' ? e.ref : undefined;
  const id = typeof e.referralId === 'string' ? e.referralId : typeof e.id === 'string' ? e.id : undefined;
  return (
    <div className={styles.line}>
      <Badge appearance="tint">{e.kind}</Badge>
      {ref && (e.kind === 'referral' && id ? <Link href={href.referral(id)}>{ref}</Link> : <Text>{ref}</Text>)}
      {typeof e.summary === 'string' && <Text>{e.summary}</Text>}
    </div>
  );
}

function Body({ entry }: { entry: Entry }) {
  if (entry.kind === 'concern') return <ConcernBody entry={entry as ConcernEntry} />;
  if (entry.kind === 'action') return <ActionBody entry={entry as ActionEntry} />;
  if (entry.kind === 'case-note') return <CaseNoteBody entry={entry as OtherEntry} />;
  if (entry.kind === 'status-flag') return <StatusFlagBody entry={entry as OtherEntry} />;
  if (entry.kind === 'received') return <ReceivedBody entry={entry as unknown as ReceivedEntry} />;
  return <OtherBody entry={entry as OtherEntry} />;
}

export function ChronologyEntryRow({ entry }: { entry: Entry }) {
  const styles = useStyles();
  const when = entry.kind === 'action' || entry.kind === 'status-flag' ? formatPlainDate(entry.at.slice(0, 10)) : formatDateTime(entry.at);
  return (
    <li className={mergeClasses(styles.entry, 'lantern-entry')}>
      <time className={styles.when} dateTime={entry.at}>
        {when}
      </time>
      <div className={styles.body}>
        <Body entry={entry} />
      </div>
    </li>
  );
}
