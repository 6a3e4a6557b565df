import { Caption1, Link, Text } from '@fluentui/react-components';
import { href } from '../app/routes.js';
import type { Concern } from '../api/types.js';
import { childNamed, useRoster } from '../api/use-roster.js';
import { formatDateTime } from '../format/dates.js';
import { CategoryTags, StatusBadge } from './Badges.js';
import { ChildLinks } from './ChildLinks.js';
import { useListStyles } from './lists.js';

/** Concerns as rows: reference, children, categories, status, when and by whom. */
export function ConcernList({ items, label, note }: { items: Concern[]; label: string; note?: (c: Concern) => string | undefined }) {
  const styles = useListStyles();
  const roster = useRoster();
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((c) => (
        <li key={c.id} className={styles.item}>
          <div className={styles.line}>
            <Link href={href.concern(c.id)}>{c.ref}</Link>
            <StatusBadge status={c.status} />
            <ChildLinks showRole>{c.children.map((x) => ({ ...x, name: x.name ?? childNamed(roster, x.childId) }))}</ChildLinks>
          </div>
          <div className={styles.line}>
            <CategoryTags ids={c.categories} />
          </div>
          <Caption1 className={styles.muted}>
            Happened {formatDateTime(c.occurredAt)} · recorded by {c.createdBy.name}
            {note?.(c) ? ` · ${note(c)}` : ''}
          </Caption1>
          <Text className={styles.muted} truncate wrap={false} size={200}>
            {c.account}
          </Text>
        </li>
      ))}
    </ul>
  );
}
