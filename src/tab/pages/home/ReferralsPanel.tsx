import { Badge, Caption1, Link, Text } from '@fluentui/react-components';
import { href } from '../../app/routes.js';
import type { Page, Referral } from '../../api/types.js';
import { useResource } from '../../api/use-resource.js';
import { childNamed, useRoster } from '../../api/use-roster.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { Panel } from '../../components/Panel.js';
import { formatAge, formatDateTime } from '../../format/dates.js';

function ReferralList({ label, items, overdue }: { label: string; items: Referral[]; overdue: boolean }) {
  const styles = useListStyles();
  const roster = useRoster();
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((r) => (
        <li key={r.id} className={styles.item}>
          <div className={styles.line}>
            <Link href={href.referral(r.id)}>{r.ref}</Link>
            <Text>{r.agencyName ?? r.agency}</Text>
            <Link href={href.child(r.childId)}>{childNamed(roster, r.childId)}</Link>
          </div>
          {r.nextDueAt && (
            <div className={styles.line}>
              <Badge color={overdue ? 'danger' : 'warning'} appearance={overdue ? 'filled' : 'tint'}>
                {overdue ? `Overdue since ${formatDateTime(r.nextDueAt)}` : `Due ${formatAge(r.nextDueAt)}`}
              </Badge>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Referrals at or past their timescale. Until the referrals API exists it says so. */
export function ReferralsPanel() {
  const styles = useListStyles();
  const overdue = useResource<Page<Referral>>('/api/referrals?status=overdue');
  const dueSoon = useResource<Page<Referral>>(overdue.data ? '/api/referrals?status=due-soon' : null);
  const overdueIds = new Set(overdue.data?.items.map((r) => r.id));
  const soon = (dueSoon.data?.items ?? []).filter((r) => !overdueIds.has(r.id));
  const count = overdue.data ? overdue.data.items.length + soon.length : undefined;
  return (
    <Panel title="Referrals" count={count} action={<Link href={href.referrals()}>All referrals</Link>}>
      {overdue.loading && <Loading />}
      {overdue.error?.status === 404 && <Text className={styles.empty}>Referrals arrive soon.</Text>}
      {overdue.error && overdue.error.status !== 404 && <ErrorNotice error={overdue.error} onRetry={overdue.reload} />}
      {overdue.data && (
        <>
          {overdue.data.items.length === 0 && soon.length === 0 && <Text className={styles.empty}>No referral is overdue or due soon.</Text>}
          {overdue.data.items.length > 0 && <ReferralList label="Overdue referrals" items={overdue.data.items} overdue />}
          {soon.length > 0 && <ReferralList label="Referrals due soon" items={soon} overdue={false} />}
          {overdue.data.cursor && <Caption1>More referrals are overdue than shown here.</Caption1>}
        </>
      )}
    </Panel>
  );
}
