import { Badge, Link, Text } from '@fluentui/react-components';
import { FlagBadges } from '../../components/FlagBadges.js';
import { href } from '../../app/routes.js';
import type { Dashboard } from '../../api/types.js';
import { useMe } from '../../auth/session.js';
import { useListStyles } from '../../components/lists.js';
import { Panel } from '../../components/Panel.js';

/** Children with several concerns in a short time: a pattern worth a look. */
export function PatternsPanel({ patterns }: { patterns: Dashboard['patterns'] }) {
  const styles = useListStyles();
  const me = useMe();
  const { minConcerns, days } = patterns.rule;
  return (
    <Panel title="Pattern flags" count={patterns.items.length}>
      <Text size={200}>{`Children with ${minConcerns} or more concerns in the last ${days} days.`}</Text>
      {patterns.items.length === 0 ? (
        <Text className={styles.empty}>No child meets this rule.</Text>
      ) : (
        <ul className={styles.list} aria-label="Children with a pattern flag">
          {patterns.items.map((p) => (
            <li key={p.childId} className={styles.item}>
              <div className={styles.line}>
                {me.can.readChronology ? <Link href={href.child(p.childId)}>{p.name}</Link> : <Text>{p.name}</Text>}
                {p.yearGroup && <Text size={200}>{p.yearGroup === 'R' ? 'Reception' : `Year ${p.yearGroup}`}</Text>}
                <Badge color="danger" appearance="tint">{`${p.concerns} concerns`}</Badge>
                <FlagBadges flags={p.statusFlags} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
