import { Badge, Caption1, Link, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { href } from '../../app/routes.js';
import type { ChronologyEntry as Entry } from '../../api/types.js';
import type { ReceivedEntry } from '../../api/records-types.js';
import { CategoryTags } from '../../components/Badges.js';
import { Facts } from '../../components/Section.js';
import { TypedText } from '../../components/Text.js';
import { formatDateTime, formatPlainDate } from '../../format/dates.js';
import { ReceivedBody } from '../transfer/ReceivedEntry.js';

const useStyles = makeStyles({
  entry: {
    display: 'grid',
    gridTemplateColumns: 'minmax(7rem, 10rem) 1fr',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    // On a phone-width pane the date goes above the entry, so the entry keeps the width it needs.
    '@media (max-width: 600px)': { gridTemplateColumns: '1fr', rowGap: tokens.spacingVerticalXS },
  },
  when: { color: tokens.colorNeutralForeground2 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0, overflowWrap: 'anywhere' },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** Words for the record an entry links to, e.g. "Concern C-7K3QF9". */
const RECORD_WORDS: Record<string, string> = { concern: 'Concern', referral: 'Referral', transfer: 'Transfer', subjectAccessRequest: 'Subject access request', receivedPack: 'File received', child: "Child's" };

function recordHref(r: Entry['record']): string | undefined {
  if (r.type === 'concern') return href.concern(r.id);
  if (r.type === 'referral') return href.referral(r.id);
  if (r.type === 'transfer') return href.transfer(r.id);
  if (r.type === 'subjectAccessRequest') return href.subjectAccess(r.id);
  return undefined;
}

function RecordLink({ record }: { record: Entry['record'] }) {
  const label = `${RECORD_WORDS[record.type] ?? 'Record'} ${record.ref}`;
  const to = recordHref(record);
  return to ? <Link href={to}>{label}</Link> : <Text>{label}</Text>;
}

function Body({ entry: e, kindLabel }: { entry: Entry; kindLabel: string }) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.line}>
        <Badge appearance="tint">{kindLabel}</Badge>
        <Text weight="semibold">{e.title}</Text>
      </div>
      {e.summary && <TypedText>{e.summary}</TypedText>}
      {e.details.length > 0 && <Facts items={e.details.map((d) => [d.label, d.value])} />}
      {e.categories.length > 0 && (
        <div className={styles.line}>
          <CategoryTags ids={e.categories} />
        </div>
      )}
      <div className={styles.line}>
        <RecordLink record={e.record} />
        <Caption1>{[e.by && `Recorded by ${e.by.name}`, e.recordedAt && `on ${formatDateTime(e.recordedAt)}`].filter(Boolean).join(' ')}</Caption1>
      </div>
    </>
  );
}

export function ChronologyEntryRow({ entry, kindLabel }: { entry: Entry; kindLabel?: string }) {
  const styles = useStyles();
  const when = entry.dateOnly ? formatPlainDate(entry.at.slice(0, 10)) : formatDateTime(entry.at);
  return (
    <li className={mergeClasses(styles.entry, 'lantern-entry')}>
      <time className={styles.when} dateTime={entry.at}>
        {when}
      </time>
      <div className={styles.body}>
        {entry.kind === 'received' && entry.receivedFrom ? <ReceivedBody entry={entry as unknown as ReceivedEntry} /> : <Body entry={entry} kindLabel={kindLabel ?? entry.kind} />}
      </div>
    </li>
  );
}
