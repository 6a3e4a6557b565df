import { Badge, Caption1, Link, Text } from '@fluentui/react-components';
import { href } from '../../app/routes.js';
import type { Dashboard } from '../../api/types.js';
import { ChildLinks } from '../../components/ChildLinks.js';
import { useListStyles } from '../../components/lists.js';
import { Panel } from '../../components/Panel.js';
import { formatPlainDate } from '../../format/dates.js';

/** Referrals whose chase date has come: logging the chase (a new contact) takes them off. */
export function ChasesPanel({ chases, today }: { chases: NonNullable<Dashboard['chases']>; today: string }) {
  const styles = useListStyles();
  return (
    <Panel title="Chases due" count={chases.items.length}>
      {chases.items.length === 0 ? (
        <Text className={styles.empty}>No referral needs chasing today.</Text>
      ) : (
        <ul className={styles.list} aria-label="Referral chases due">
          {chases.items.map((c) => (
            <li key={c.referralId} className={styles.item}>
              <div className={styles.line}>
                <Badge color={c.chaseOn < today ? 'danger' : 'warning'} appearance="tint">{c.chaseOn < today ? `Chase was due ${formatPlainDate(c.chaseOn)}` : 'Chase today'}</Badge>
                <Link href={href.referral(c.referralId)}>{`Referral ${c.ref}`}</Link>
                <Caption1 className={styles.muted}>{c.agencyName}</Caption1>
              </div>
              <ChildLinks>{[c.child]}</ChildLinks>
            </li>
          ))}
        </ul>
      )}
      {chases.more && <Caption1>Showing the first chases only; more are due.</Caption1>}
    </Panel>
  );
}
