import { Badge, Button, Caption1, Link, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { href, parseRoute } from '../../app/routes.js';
import { query } from '../../api/client.js';
import type { Alert, Page } from '../../api/types.js';
import { useResource } from '../../api/use-resource.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { PageTitle } from '../../components/Text.js';
import { formatDateTime } from '../../format/dates.js';

const KIND: Record<string, { label: string; color: 'warning' | 'danger' | 'severe' }> = {
  'due-soon': { label: 'Due soon', color: 'warning' },
  overdue: { label: 'Overdue', color: 'danger' },
  escalation: { label: 'Escalated', color: 'severe' },
};

/** The DSL's alerts inbox (listAlerts): referral milestones due soon, overdue or escalated. */
export default function AlertsPage() {
  const list = useListStyles();
  const [cursor, setCursor] = useState<string>();
  const [earlier, setEarlier] = useState<Alert[]>([]);
  const alerts = useResource<Page<Alert>>(`/api/alerts${query({ cursor })}`);
  const items = [...earlier, ...(alerts.data?.items ?? [])];
  return (
    <>
      <PageTitle>Alerts</PageTitle>
      {alerts.error && <ErrorNotice error={alerts.error} onRetry={alerts.reload} />}
      {!alerts.loading && !alerts.error && items.length === 0 && <Text className={list.empty}>No alerts.</Text>}
      {items.length > 0 && (
        <ul className={list.list} aria-label="Alerts">
          {items.map((a) => (
            <li key={a.id} className={list.item}>
              <div className={list.line}>
                <Badge appearance="filled" color={KIND[a.kind]?.color ?? 'informative'}>
                  {KIND[a.kind]?.label ?? a.kind}
                </Badge>
                <Text>{a.text}</Text>
              </div>
              <div className={list.line}>
                <Caption1>{`Raised ${formatDateTime(a.raisedAt)} · ${a.status === 'delivered' ? 'Delivered' : 'Pending'}`}</Caption1>
                {a.deadline ? <DeadlineLink deadline={a.deadline} /> : <Link href={href.referral(a.referralId)}>{`Open referral ${a.referralRef}`}</Link>}
              </div>
            </li>
          ))}
        </ul>
      )}
      {alerts.loading && <Loading />}
      {alerts.data?.cursor && !alerts.loading && (
        <Button
          onClick={() => {
            setEarlier(items);
            setCursor(alerts.data?.cursor);
          }}
        >
          Show more
        </Button>
      )}
    </>
  );
}

/** A deadline alert opens its record's page; the path is used only if it is one of the tab's own record routes. */
function DeadlineLink({ deadline }: { deadline: NonNullable<Alert['deadline']> }) {
  const route = parseRoute(deadline.path);
  if (route.page === 'not-found' || route.page === 'home') return null;
  return <Link href={`#/${deadline.path}`}>{`Open ${deadline.label}`}</Link>;
}
