import { Badge, Link, Text } from '@fluentui/react-components';
import { href } from '../../app/routes.js';
import { useListStyles } from '../../components/lists.js';
import { formatPlainDate } from '../../format/dates.js';
import { STATE_COLOURS, STATE_LABELS, type SubjectAccessRequest } from './types.js';

/** Requests with their reference, child and deadline; each links to its page. */
export function SarList({ label, items }: { label: string; items: SubjectAccessRequest[] }) {
  const styles = useListStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((s) => (
        <li key={s.id} className={styles.item}>
          <div className={styles.line}>
            <Link href={href.subjectAccess(s.id)}>{s.ref}</Link>
            {s.childName && <Link href={href.child(s.childId)}>{s.childName}</Link>}
            <Badge color={STATE_COLOURS[s.deadline.state]} appearance={s.deadline.state === 'overdue' ? 'filled' : 'tint'}>
              {STATE_LABELS[s.deadline.state]}
            </Badge>
          </div>
          <Text size={200}>
            {s.status === 'closed' ? `Closed${s.outcome ? ` — ${s.outcome}` : ''}` : `Respond by ${formatPlainDate(s.dueOn)}${s.deadline.extended ? ' (extended)' : ''}`}
          </Text>
        </li>
      ))}
    </ul>
  );
}
